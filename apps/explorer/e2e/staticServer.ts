import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { CONTENT_SECURITY_POLICY_HEADER } from "../vite/contentSecurityPolicy";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

/**
 * Serves one built app under several prefixes, each with its own graph files:
 * `/<variant>/graph/…` comes from `graphs[variant]`, every other path from
 * `root`. One build thus shows the fixture, hostile content and broken files.
 */
export async function startStaticServer(root: string, graphs: Record<string, Map<string, string>>) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const [, variant = "", ...rest] = path.split("/");
    const file = rest.join("/") || "index.html";
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY_HEADER);
    response.setHeader("Cache-Control", "no-store");
    try {
      const files = graphs[variant];
      if (!files) throw new Error("unknown variant");
      const body = file.startsWith("graph/")
        ? files.get(file)
        : await readFile(join(root, normalize(file).replace(/^(\.\.[/\\])+/, "")));
      if (body === undefined) throw new Error("no such graph file");
      response.setHeader("Content-Type", TYPES[extname(file)] ?? "application/octet-stream");
      response.end(body);
    } catch {
      response.statusCode = 404;
      response.end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
