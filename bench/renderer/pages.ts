import { writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'

const PEER_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Bench: bare page</title>
<link rel="stylesheet" href="peer.css">
<style>
  html, body { height: 100%; margin: 0; }
  body { background: #f7f6f3; color: #1f2328; }
  #pane { height: 100vh; overflow: auto; }
  #article { max-width: 44rem; margin: 0 auto; padding: 36px 48px 96px; font: 18px/1.7 Georgia, 'Noto Serif', serif; }
  #article p { margin: 0 0 0.95em; unicode-bidi: plaintext; }
</style>
</head>
<body><div id="pane"></div><script src="peer.js"></script></body>
</html>
`

/** Bundles the in-page probes into `dir`: `probe.js` and `views.js` for Tessera's page, `peer.html` (+ js, css) for the bare page. */
export async function buildBenchPages(dir: string): Promise<{ probeScript: string; peerPage: string; viewsProbeScript: string }> {
  const browser = resolve('bench/renderer/browser')
  await build({
    entryPoints: { probe: join(browser, 'tessera-probe.ts'), peer: join(browser, 'peer-probe.ts'), views: join(browser, 'views-probe.ts') },
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    outdir: dir,
    logLevel: 'warning'
  })
  await writeFile(join(dir, 'peer.html'), PEER_PAGE)
  return { probeScript: join(dir, 'probe.js'), peerPage: join(dir, 'peer.html'), viewsProbeScript: join(dir, 'views.js') }
}
