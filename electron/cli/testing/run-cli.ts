import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { runCli, type CliEnvironment } from '../run'

/** Test support only: runs `tessera` in-process and collects what it prints. */
export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** Settings and recent projects of test runs stay out of the user's real data folder. */
const testDataDir = mkdtempSync(join(tmpdir(), 'tessera-cli-data-'))
process.once('exit', () => rmSync(testDataDir, { recursive: true, force: true }))

export function startCli(argv: string[], overrides: Partial<CliEnvironment> = {}): { done: Promise<CliRun>; stdout: () => string } {
  let stdout = ''
  let stderr = ''
  const done = runCli(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    resourcesDir: resolve('resources'),
    rendererDir: resolve('does-not-exist'),
    ...overrides,
    env: { TESSERA_DATA: testDataDir, ...overrides.env }
  }).then((code) => ({ code, stdout, stderr }))
  return { done, stdout: () => stdout }
}

export function tessera(...argv: string[]): Promise<CliRun> {
  return startCli(argv).done
}

/** Exactly one line, `tessera: ...`, as every failure must print. */
export const ONE_ERROR_LINE = /^tessera: [^\n]+\n$/
