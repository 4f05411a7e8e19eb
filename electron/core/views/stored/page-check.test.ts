import { open as openFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ProjectStore } from '../../store/project-store'
import { useTempDirs } from '../../testing/helpers'
import { writeRandomViewsProject } from '../../testing/random-views-project'
import { openViewsCore as open } from '../../testing/views-project'
import { createViewIndex } from '../view-index'
import { checkInWorker, type IndexCheck } from './build-in-worker'
import { Sql } from './sqlite'
import { STORED_VIEWS_FILE } from './stored-index'

const tempDir = useTempDirs()

/** A project whose index file was built and then left as a killed process leaves it: not marked closed cleanly. */
async function uncleanIndex(documents: number): Promise<{ dir: string; file: string }> {
  const dir = await tempDir()
  await writeRandomViewsProject(dir, 21, documents)
  const core = await open(dir)
  await core.call('views.entities', {})
  core.close()
  const file = join(dir, STORED_VIEWS_FILE)
  const sql = Sql.open(file)
  sql.run("UPDATE meta SET value = '0' WHERE key = 'clean'")
  sql.close()
  return { dir, file }
}

describe('the page check of an index file not closed cleanly', () => {
  it('runs in the worker: sound pages pass, overwritten pages and a file that is not SQLite fail', async () => {
    const { file } = await uncleanIndex(30)
    expect(await checkInWorker(file).done).toBe(true)
    const handle = await openFile(file, 'r+')
    await handle.write(Buffer.alloc(3 * 4096, 0xff), 0, 3 * 4096, 4 * 4096)
    await handle.close()
    expect(await checkInWorker(file).done).toBe(false)
    await writeFile(file, 'not an index '.repeat(1000))
    expect(await checkInWorker(file).done).toBe(false)
  }, 60_000)

  it('leaves the main thread free while it runs, and a sound file is then trusted, not built again', async () => {
    const { dir, file } = await uncleanIndex(30)
    const store = await ProjectStore.open(dir)
    let turnsDuringCheck = 0
    let checking = false
    let builds = 0
    const views = createViewIndex(store, false, {
      storedFrom: 0,
      checkPages: (path): IndexCheck => {
        checking = true
        const check = checkInWorker(path)
        return { done: check.done.finally(() => (checking = false)), stop: check.stop }
      },
      startBuild: () => {
        builds += 1
        throw new Error('a sound file must not be built again')
      }
    })
    const counter = setInterval(() => {
      if (checking) turnsDuringCheck += 1
    }, 1)
    try {
      const stored = views.storedIndexNow()
      if (!stored) throw new Error('a writer has the index on disk')
      expect(await stored.read((sql) => Number(sql.get('SELECT count(*) AS n FROM documents')?.n))).toBe(30)
      expect(turnsDuringCheck).toBeGreaterThan(0)
      expect(builds).toBe(0)
    } finally {
      clearInterval(counter)
      views.close()
      store.close()
    }
    // Closed cleanly this time: the next session opens it without a check.
    const sql = Sql.open(file)
    expect(sql.get("SELECT value FROM meta WHERE key = 'clean'")?.value).toBe('1')
    sql.close()
  }, 60_000)

  it('closing the project during the check ends it: the waiting view fails at once instead of holding the close', async () => {
    const { dir } = await uncleanIndex(30)
    const store = await ProjectStore.open(dir)
    let stopped: Error | null = null
    const views = createViewIndex(store, false, {
      storedFrom: 0,
      // A check that never ends on its own, as a long one on a big file.
      checkPages: (): IndexCheck => {
        let fail: (error: Error) => void = () => undefined
        const done = new Promise<boolean>((_, reject) => (fail = reject))
        return {
          done,
          stop: (reason) => {
            stopped = reason
            fail(reason)
          }
        }
      }
    })
    try {
      const stored = views.storedIndexNow()
      if (!stored) throw new Error('a writer has the index on disk')
      const answer = stored.read(() => 'answered')
      await new Promise((resolve) => setTimeout(resolve, 50))
      views.close()
      await expect(answer).rejects.toThrow()
      expect(stopped).not.toBeNull()
    } finally {
      store.close()
    }
  }, 60_000)
})
