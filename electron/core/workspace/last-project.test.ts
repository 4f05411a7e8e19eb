import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core, type CoreOptions } from '../core'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'

const tempDir = useTempDirs()
const cores: Core[] = []
afterEach(() => cores.splice(0).forEach((core) => core.close()))

/** A start of the app: plain (`npm start`), or with `--project DIR` on its command line. */
async function start(dataDir: string, projectDir?: string): Promise<Core> {
  const options: CoreOptions = { dataDir, resourcesDir: RESOURCES_DIR, author: 'analyst', seedSample: projectDir === undefined }
  const core = await createCore(projectDir ? { ...options, projectDir } : { ...options, fallbackProjectDir: join(dataDir, 'projects', 'default') })
  cores.push(core)
  return core
}

async function openDir(core: Core): Promise<string | undefined> {
  return (await core.call('workspace.state', {})).project?.dir
}

describe('the project a plain start reopens', () => {
  it('is the last one worked in: a project only opened by --project is not, until a change is made in it', async () => {
    const data = await tempDir()
    const base = await tempDir()
    const investigation = join(base, 'investigation')
    const throwaway = join(base, 'throwaway')

    // The user's place: a project opened from the start screen (the UI), remembered at once.
    const first = await start(data)
    await first.call('workspace.createProject', { name: 'Investigation', folder: investigation })
    await first.shutdown()

    // A look at another folder from the command line, changing nothing in it.
    const look = await start(data, throwaway)
    expect(await openDir(look)).toBe(throwaway)
    await look.call('documents.list', {})
    await look.shutdown()

    const plain = await start(data)
    expect(await openDir(plain)).toBe(investigation)
    await plain.shutdown()

    // Working in the command-line project (a change on disk) makes it the place to come back to.
    const work = await start(data, throwaway)
    const [summary] = await work.call('import.files', { files: [{ name: 'hama.txt', base64: Buffer.from('Hama report\nThe army entered حماة.').toString('base64') }], options: {} }).then(() => work.call('documents.list', {}))
    expect(summary?.title).toBe('Hama report')
    await work.shutdown()

    const again = await start(data)
    expect(await openDir(again)).toBe(throwaway)
  })

  it('a project opened from the start screen is remembered without a change', async () => {
    const data = await tempDir()
    const base = await tempDir()
    const other = join(base, 'other')
    const first = await start(data, join(base, 'cli'))
    await first.call('workspace.createProject', { name: 'Other', folder: other })
    await first.shutdown()
    expect(await openDir(await start(data))).toBe(other)
  })
})
