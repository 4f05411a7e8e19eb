import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LOCK_FILE } from '../core/store/lock'
import { processStartTime } from '../core/store/process-identity'
import { ProjectStore } from '../core/store/project-store'
import { ONE_ERROR_LINE, tessera } from './testing/run-cli'

/** Issue 17 item 11: a CLI import that finds another tessera command holding the project is told to wait, not to use the app's menu. */
let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-cli-busy-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('tessera import while another tessera command holds the project', () => {
  it('says another tessera command holds it: wait, then run again (no File ▸ Import)', async () => {
    const project = join(dir, 'project')
    await writeFile(join(dir, 'a.txt'), 'Alpha\nBody.')
    expect((await tessera('init', project)).code).toBe(0)
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' })
    try {
      const pid = sleeper.pid ?? -1
      const lock = { pid, host: hostname(), nonce: 'n', startTime: processStartTime(pid), since: '2026-01-01T00:00:00.000Z', holder: 'tessera import' }
      await writeFile(join(project, LOCK_FILE), JSON.stringify(lock))
      const run = await tessera('import', '--project', project, join(dir, 'a.txt'))
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(ONE_ERROR_LINE)
      expect(run.stderr).toMatch(/is in use by another tessera command \(tessera import, pid \d+, .*\)\. Wait for it to finish, then run this again\./)
      expect(run.stderr).not.toMatch(/File ▸ Import/)
    } finally {
      sleeper.kill()
      await once(sleeper, 'exit')
    }
  })

  it('a lock taken by a tessera command records which command holds it', async () => {
    const project = join(dir, 'project')
    expect((await tessera('init', project)).code).toBe(0)
    const store = await ProjectStore.open(project)
    try {
      expect(JSON.parse(await readFile(join(project, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid, holder: 'tessera init' })
    } finally {
      store.close()
    }
  })
})
