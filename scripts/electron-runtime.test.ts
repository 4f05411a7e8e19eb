import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { findElectronBinary, installElectronRuntime, platformBinaryPath, shortReason } from './electron-runtime.js'

let root: string
const electronDir = () => join(root, 'node_modules', 'electron')

async function fakeElectronPackage({ pathTxt, binary }: { pathTxt?: string; binary?: string } = {}): Promise<void> {
  await mkdir(electronDir(), { recursive: true })
  await writeFile(join(electronDir(), 'package.json'), '{"name":"electron","version":"42.0.0"}')
  if (pathTxt !== undefined) await writeFile(join(electronDir(), 'path.txt'), pathTxt)
  if (binary !== undefined) {
    await mkdir(join(electronDir(), 'dist', binary, '..'), { recursive: true })
    await writeFile(join(electronDir(), 'dist', binary), '#!/bin/sh\n')
  }
}

async function fakeInstaller(script: string): Promise<void> {
  await writeFile(join(electronDir(), 'install.js'), script)
  await chmod(join(electronDir(), 'install.js'), 0o755)
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'tessera-electron-runtime-'))
})
afterEach(() => rm(root, { recursive: true, force: true }))

describe('findElectronBinary', () => {
  it('reports a missing electron package', () => {
    expect(findElectronBinary(root, {})).toEqual({ found: false, reason: 'the electron package is not installed' })
  })

  it('reports a package whose binary was never downloaded (no path.txt)', async () => {
    await fakeElectronPackage()
    expect(findElectronBinary(root, {})).toEqual({ found: false, reason: 'the Electron binary was never downloaded' })
  })

  it('reports a path.txt that points at a missing binary', async () => {
    await fakeElectronPackage({ pathTxt: 'electron' })
    const result = findElectronBinary(root, {})
    expect(result.found).toBe(false)
    expect(!result.found && result.reason).toContain(join('dist', 'electron'))
  })

  it('finds dist/<path.txt>, including the nested macOS layout', async () => {
    await fakeElectronPackage({ pathTxt: 'electron\n', binary: 'electron' })
    expect(findElectronBinary(root, {})).toEqual({ found: true, binary: join(electronDir(), 'dist', 'electron') })
    const mac = 'Electron.app/Contents/MacOS/Electron'
    await fakeElectronPackage({ pathTxt: mac, binary: mac })
    expect(findElectronBinary(root, {})).toEqual({ found: true, binary: join(electronDir(), 'dist', mac) })
  })

  it('honours ELECTRON_OVERRIDE_DIST_PATH, as the electron package does', async () => {
    await fakeElectronPackage()
    const override = join(root, 'custom-electron')
    await mkdir(override)
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: override }, 'linux').found).toBe(false)
    await writeFile(join(override, 'electron'), '')
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: override }, 'linux')).toEqual({ found: true, binary: join(override, 'electron') })
  })

  it('names the binary per platform', () => {
    expect(platformBinaryPath('linux')).toBe('electron')
    expect(platformBinaryPath('win32')).toBe('electron.exe')
    expect(platformBinaryPath('darwin')).toBe('Electron.app/Contents/MacOS/Electron')
  })
})

describe('installElectronRuntime', () => {
  it("turns the installer's stack trace into one short reason", async () => {
    await fakeElectronPackage()
    await fakeInstaller("console.error('TypeError: fetch failed\\n    at node:internal/deps/undici:1:1'); process.exit(1)")
    expect(installElectronRuntime(root, { env: {} })).toEqual({ ok: false, reason: 'download failed: fetch failed' })
  })

  it('gives up on an installer that hangs, after the timeout', async () => {
    await fakeElectronPackage()
    await fakeInstaller('setInterval(() => {}, 1000)')
    expect(installElectronRuntime(root, { env: {}, timeoutMs: 300 })).toEqual({ ok: false, reason: expect.stringContaining('did not finish') })
  })

  it('succeeds when the installer lays out the binary, which findElectronBinary then finds', async () => {
    await fakeElectronPackage()
    await fakeInstaller(
      "const fs = require('fs'); fs.mkdirSync(__dirname + '/dist'); fs.writeFileSync(__dirname + '/dist/electron', ''); fs.writeFileSync(__dirname + '/path.txt', 'electron')"
    )
    expect(findElectronBinary(root, {}).found).toBe(false)
    expect(installElectronRuntime(root, { env: {} })).toEqual({ ok: true })
    expect(findElectronBinary(root, {}).found).toBe(true)
  })

  it('does not try when downloads are switched off or there is no installer', async () => {
    expect(installElectronRuntime(root, { env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } })).toEqual({ ok: false, reason: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set' })
    await fakeElectronPackage()
    expect(installElectronRuntime(root, { env: {} }).ok).toBe(false)
  })
})

describe('shortReason', () => {
  it('keeps the first non-empty line, without the error class, and falls back when there is none', () => {
    expect(shortReason('\nRequestError: getaddrinfo ENOTFOUND github.com\n    at x', 'x')).toBe('getaddrinfo ENOTFOUND github.com')
    expect(shortReason('', 'exit code 1')).toBe('exit code 1')
    expect(shortReason('a'.repeat(300), '').length).toBeLessThanOrEqual(120)
  })
})
