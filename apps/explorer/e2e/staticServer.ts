import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer, type RequestListener } from "node:http";
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

const contentType = (file: string): string => TYPES[extname(file)] ?? "application/octet-stream";

/** A path under `root`, never above it. */
const inside = (root: string, path: string): string => join(root, normalize(path).replace(/^(\.\.[/\\])+/, ""));

/** Listens on a free local port, uncached as tests and benches need; 404 for whatever `respond` throws on. */
async function serveLocally(respond: (path: string, response: Parameters<RequestListener>[1]) => Promise<void>) {
  const server = createServer(async (request, response) => {
    response.setHeader("Cache-Control", "no-store");
    try {
      await respond(decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname), response);
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

/**
 * Serves one built app under several prefixes, each with its own graph files:
 * `/<variant>/graph/…` comes from `graphs[variant]`, every other path from
 * `root`. One build thus shows the fixture, hostile content and broken files.
 */
export function startStaticServer(root: string, graphs: Record<string, Map<string, string>>) {
  return serveLocally(async (path, response) => {
    const [, variant = "", ...rest] = path.split("/");
    const file = rest.join("/") || "index.html";
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY_HEADER);
    const files = graphs[variant];
    if (!files) throw new Error("unknown variant");
    const body = file.startsWith("graph/") ? files.get(file) : await readFile(inside(root, file));
    if (body === undefined) throw new Error("no such graph file");
    response.setHeader("Content-Type", contentType(file));
    response.end(body);
  });
}

/** Serves a built app as a static host would (the bench's pages, with their large graph files streamed). */
export function serveDirectory(root: string) {
  return serveLocally(async (path, response) => {
    const file = inside(root, path);
    if (!(await stat(file)).isFile()) throw new Error("not a file");
    response.setHeader("Content-Type", contentType(file));
    createReadStream(file).pipe(response);
  });
}
