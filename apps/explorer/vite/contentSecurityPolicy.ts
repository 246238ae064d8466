// One policy for the built index.html (meta tag) and the preview server
// (header). Nothing from the vault may run script: no inline script, no eval,
// and string-to-HTML sinks refuse plain strings (Trusted Types), so even a
// future `innerHTML` slip would throw instead of rendering markup.
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
];

/** The policy as a `<meta http-equiv>` may carry it. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join("; ");

/** The policy as a header; `frame-ancestors` only works there. */
export const CONTENT_SECURITY_POLICY_HEADER = [...DIRECTIVES, "frame-ancestors 'none'"].join("; ");
