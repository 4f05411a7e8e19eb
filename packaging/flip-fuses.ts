import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { flipFuses, getCurrentFuseWire } from '@electron/fuses'
import { FUSES, fuseName } from './fuses'

/** How the wire stores a fuse's state: ASCII '1' and '0' (@electron/fuses keeps its FuseState enum internal). */
const ENABLED = 0x31
const DISABLED = 0x30

/** Flips the app's fuses in an Electron binary (or `.app`), then reads them back to check each one. */
export async function applyFuses(binary: string): Promise<string[]> {
  if (!existsSync(binary)) throw new Error(`${binary} does not exist: pass the packaged Electron binary (or the .app on macOS).`)
  await flipFuses(binary, { ...FUSES, resetAdHocDarwinSignature: process.platform === 'darwin' && process.arch === 'arm64' })
  const wire = await getCurrentFuseWire(binary)
  const report: string[] = []
  for (const [key, wanted] of Object.entries(FUSES)) {
    const index = Number(key)
    if (!Number.isInteger(index)) continue
    const actual = (wire as unknown as Record<number, number>)[index]
    const expected = wanted ? ENABLED : DISABLED
    if (actual !== expected) throw new Error(`${fuseName(index)} is ${actual} in ${binary} after flipping, not ${expected}.`)
    report.push(`${fuseName(index)}: ${wanted ? 'on' : 'off'}`)
  }
  return report
}

async function main(): Promise<void> {
  const [binary] = process.argv.slice(2)
  if (!binary) {
    console.error('usage: npm run package:fuses -- <path to the Electron binary of the packaged app>')
    process.exitCode = 2
    return
  }
  try {
    for (const line of await applyFuses(resolve(binary))) console.log(line)
  } catch (error) {
    console.error(`package:fuses: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  }
}

if (process.argv[1] && resolve(process.argv[1]).endsWith('flip-fuses.ts')) await main()
