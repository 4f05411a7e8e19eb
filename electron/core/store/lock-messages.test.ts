import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { symlink, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import { LOCK_FILE } from './lock'
import { processStartTime } from './process-identity'
import { ProjectStore } from './project-store'

/** Issue 17 item 11: a refused open says who holds the project and what to do, and never blames this very process on another. */
const tempDir = useTempDirs()
const cores: Core[] = []
const stores: ProjectStore[] = []
afterEach(() => {
  cores.splice(0).forEach((core) => core.close())
  stores.splice(0).forEach((store) => store.close())
})

async function newProject(): Promise<string> {
  const dir = await tempDir()
  const store = await ProjectStore.open(dir, { nameForNew: 'Hama week' })
  store.close()
  return dir
}

describe('lock messages', () => {
  it('the open project, opened again through a symbolic link, stays open: no refusal naming this process as another', async () => {
    const dir = await newProject()
    const link = join(await tempDir(), 'shortcut')
    await symlink(dir, link)
    const core = await createCore({ dataDir: await tempDir(), resourcesDir: RESOURCES_DIR, author: 'A' })
    cores.push(core)
    await core.call('workspace.openProject', { dir })
    const state = await core.call('workspace.openProject', { dir: link })
    expect(state.project?.dir).toBe(dir)
    expect(state.project?.name).toBe('Hama week')
  })

  it('a second open in this process, through a link, says it is open here, not in another process', async () => {
    const dir = await newProject()
    const link = join(await tempDir(), 'shortcut')
    await symlink(dir, link)
    stores.push(await ProjectStore.open(dir))
    const refusal = ProjectStore.open(link)
    await expect(refusal).rejects.toThrow(/is already open here, in this Tessera/)
    await expect(refusal).rejects.not.toThrow(/another Tessera process/)
  })

  it('a project held by another tessera command is "busy": wait and run again, not File ▸ Import', async () => {
    const dir = await newProject()
    // A live process of this host that is not us, holding the lock as `tessera import` does.
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' })
    try {
      const pid = sleeper.pid ?? -1
      await writeFile(
        join(dir, LOCK_FILE),
        JSON.stringify({ pid, host: hostname(), nonce: 'n', startTime: processStartTime(pid), since: '2026-01-01T00:00:00.000Z', holder: 'tessera import' })
      )
      const refusal = ProjectStore.open(dir)
      await expect(refusal).rejects.toMatchObject({ code: 'busy' })
      await expect(refusal).rejects.toThrow(/in use by another tessera command \(tessera import, pid \d+, since .*\)\. Wait for it to finish, then run this again\./)
    } finally {
      sleeper.kill()
      await once(sleeper, 'exit')
    }
  })
})
