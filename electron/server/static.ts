import type { IncomingMessage, ServerResponse } from 'node:http'
import sirv from 'sirv'

/**
 * The built renderer. sirv's production mode lists the folder once, at start: no directory listings,
 * no dotfiles, and unknown paths without an extension fall back to index.html (the app routes itself).
 */
export function createStaticHandler(rendererDir: string): (req: IncomingMessage, res: ServerResponse) => void {
  const serve = sirv(rendererDir, { single: true, dotfiles: false, etag: true })
  return (req, res) => {
    // Revalidate every time (cheap on loopback), so a rebuilt app is never served stale.
    res.setHeader('Cache-Control', 'no-cache')
    serve(req, res)
  }
}
