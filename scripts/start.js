#!/usr/bin/env node
// `npm start [-- --project DIR]`: builds the app, then opens it in Electron, or in the browser where
// no Electron runtime can be had (see design.md: the binary cannot be downloaded on every machine).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findElectronBinary, installElectronRuntime } from './electron-runtime.js'

const rootDir = join(dirname(fileURLToPath(import.meta.url)), '..')
const forwardedArgs = process.argv.slice(2)

function fail(message) {
  console.error(`Tessera: ${message}`)
  process.exit(1)
}

function buildApp() {
  const electronVite = join(rootDir, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
  if (!existsSync(electronVite)) fail('electron-vite is not installed; run `npm install` first.')
  const build = spawnSync(process.execPath, [electronVite, 'build'], { cwd: rootDir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (build.status === 0) return
  process.stderr.write(`${build.stdout ?? ''}${build.stderr ?? ''}\n`)
  fail(`the build failed (electron-vite build ${build.error ? build.error.message : `exited with ${build.status}`}).`)
}

/** Runs a child with the terminal attached, passes Ctrl-C on, and exits with the child's code. */
function runAttached(command, args, env = process.env) {
  const child = spawn(command, args, { cwd: rootDir, env, stdio: 'inherit' })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('error', (error) => fail(`could not start ${command}: ${error.message}`))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

function electronRuntime() {
  const found = findElectronBinary(rootDir)
  if (found.found) return found
  const installed = installElectronRuntime(rootDir)
  if (!installed.ok) return { found: false, reason: installed.reason }
  return findElectronBinary(rootDir)
}

buildApp()
const runtime = electronRuntime()
if (runtime.found) {
  // Inherited from a parent Electron, this variable would turn the app into a plain Node process.
  const env = { ...process.env }
  delete env.ELECTRON_RUN_AS_NODE
  runAttached(runtime.binary, ['.', ...forwardedArgs], env)
} else {
  const cli = join(rootDir, 'bin', 'tessera.js')
  if (!existsSync(cli)) fail(`no Electron runtime could be installed here (${runtime.reason}), and browser mode is missing (no bin/tessera.js).`)
  console.log(`Tessera: no Electron runtime could be installed here (${runtime.reason}); starting browser mode instead.`)
  runAttached(process.execPath, [cli, 'serve', ...forwardedArgs])
}
