import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FuseV1Options } from '@electron/fuses'
import { afterEach, describe, expect, it } from 'vitest'
import { applyFuses } from './flip-fuses'
import { FUSES } from './fuses'

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
let dir: string | undefined
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
  dir = undefined
})

/** A stand-in for an Electron binary: bytes around a fuse wire, every fuse on, as Electron ships them. */
async function fakeBinary(fuseCount: number): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'tessera-fuses-'))
  const path = join(dir, 'electron')
  const wire = Buffer.concat([Buffer.from('\x7fELF...code...'), Buffer.from(SENTINEL), Buffer.from([1, fuseCount]), Buffer.alloc(fuseCount, '1'), Buffer.from('...more code')])
  await writeFile(path, wire)
  return path
}

describe('packaging fuses', () => {
  it('states every fuse, with the security-relevant ones off or on as the app needs', () => {
    expect(FUSES.strictlyRequireAllFuses).toBe(true)
    expect(FUSES[FuseV1Options.RunAsNode]).toBe(false)
    expect(FUSES[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false)
    expect(FUSES[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false)
    expect(FUSES[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false)
    expect(FUSES[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(false)
    expect(FUSES[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true)
    expect(FUSES[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true)
    expect(FUSES[FuseV1Options.EnableCookieEncryption]).toBe(true)
    const known = Object.values(FuseV1Options).filter((value) => typeof value === 'number')
    for (const index of known) expect(typeof FUSES[index as FuseV1Options], FuseV1Options[index as number]).toBe('boolean')
  })

  it('flips the fuses in a binary and reads each one back (a stand-in binary: no Electron runtime here)', async () => {
    const binary = await fakeBinary(8)
    const report = await applyFuses(binary)
    expect(report).toContain('RunAsNode: off')
    expect(report).toContain('OnlyLoadAppFromAsar: on')
    const bytes = await readFile(binary)
    const start = bytes.indexOf(SENTINEL) + SENTINEL.length + 2
    expect(bytes.subarray(start, start + 8).toString()).toBe('01001100')
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('\x7fELF')
  })

  it('stops when the binary has a fuse nobody has decided on (a newer Electron), changing nothing', async () => {
    const binary = await fakeBinary(9)
    const before = await readFile(binary)
    await expect(applyFuses(binary)).rejects.toThrow(/has 9 fuses but you only provided a config for 8/)
    expect(await readFile(binary)).toEqual(before)
  })
})
