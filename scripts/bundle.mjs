// Bundles the CLI and its parse worker into dist/: plain JavaScript that
// starts fast in every worker thread, with no TypeScript loader at run time.
// The BibTeX parser, most of the code, is a bundle of its own that only a
// bibliography job loads (see parseWorker).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));

await build({
  entryPoints: {
    bin: join(here, "src/bin.ts"),
    parseWorker: join(here, "src/parseWorker.ts"),
    bibliographyJob: join(here, "src/bibliographyJob.ts"),
    bench: join(here, "src/bench/bench.ts"),
  },
  outdir: join(here, "dist"),
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // Some dependencies are CommonJS and call require().
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  // The bench drives Chromium through playwright-core, which loads its own files at run time; the
  // watcher loads its platform's native module.
  external: ["playwright-core", "@parcel/watcher"],
  logLevel: "warning",
});
