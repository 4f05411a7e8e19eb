/**
 * The renderer's Content Security Policy, sent as a header by the desktop protocol handler and the
 * browser-mode server, and repeated in renderer/index.html's meta tag (a test keeps the two equal).
 * Inline styles are allowed because React, tiptap and the virtualiser position elements with them.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'"
].join('; ')
