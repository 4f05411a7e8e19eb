#!/usr/bin/env node
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

// The CLI is built with the app (electron-vite bundles it beside the Electron main process).
const cli = new URL('../out/main/cli.js', import.meta.url)

if (existsSync(fileURLToPath(cli))) {
  await import(cli.href)
} else {
  process.stderr.write('tessera: the app is not built yet; run npm run build (or npm install) first.\n')
  process.exitCode = 1
}
