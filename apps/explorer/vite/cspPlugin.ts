import type { Plugin } from "vite";
import { CONTENT_SECURITY_POLICY } from "./contentSecurityPolicy.ts";

/**
 * Puts the Content-Security-Policy in the built index.html (the preview
 * server sends it as a header too, see vite.config.ts). The dev server is left
 * without it: React's refresh preamble there is an inline script.
 */
export function cspPlugin(): Plugin {
  return {
    name: "simpul-csp",
    transformIndexHtml: {
      order: "post",
      handler: (_html, context) =>
        context.server
          ? []
          : [
              {
                tag: "meta",
                attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
                injectTo: "head-prepend",
              },
            ],
    },
  };
}
