/** Debian's Chromium, or `$CHROMIUM_PATH`; the e2e tests and `npm run bench` both drive it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Chromium flags for a quiet, offline run; never --disable-software-rasterizer (WebGL is SwiftShader here). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
