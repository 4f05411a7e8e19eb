import { spawnSync } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-bin-'))
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('bin/tessera.js', () => {
  // A copy of the launcher in a folder without out/: what a fresh checkout looks like before the build.
  it('says to build the app, in one line and with exit code 1, when the build output is missing', async () => {
    await mkdir(join(dir, 'bin'))
    await copyFile(resolve('bin/tessera.js'), join(dir, 'bin', 'tessera.js'))
    const run = spawnSync(process.execPath, [join(dir, 'bin', 'tessera.js'), '--help'], { encoding: 'utf8' })
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe('tessera: the app is not built yet; run npm run build (or npm install) first.\n')
  })
})
