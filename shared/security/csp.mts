/**
 * The Content Security Policy: only the app's own scripts, styles and data; no inline script,
 * no eval, no network. Sent as a header by the desktop app and written into the built
 * index.html for the browser build.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
