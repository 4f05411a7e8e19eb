/**
 * The renderer's Content Security Policy, sent as a header by the desktop protocol handler and the
 * browser-mode server, and repeated in renderer/index.html's meta tag (a test keeps the two equal).
 * Styles come from the app's own files only: no inline <style> elements (tag colours are a constructed
 * stylesheet; tiptap's base CSS is bundled), and no style="" attributes in markup. React and the
 * virtualiser set styles through the CSSOM (element.style), which the policy does not govern.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-elem 'self'",
  "style-src-attr 'none'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'"
].join('; ')
