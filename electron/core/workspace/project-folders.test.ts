import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../testing/helpers'
import { freeFolderFor, listProjectsIn } from './project-folders'

const tempDir = useTempDirs()

describe('project folders', () => {
  it('names a new project’s folder after it, keeping letters of any script, and numbers it when taken', async () => {
    const root = await tempDir()
    expect(await freeFolderFor(root, 'Élections 2024 🗳️ / حماة')).toBe(join(root, 'élections-2024-حماة'))
    expect(await freeFolderFor(root, '../../etc')).toBe(join(root, 'etc'))
    expect(await freeFolderFor(root, '🙂🙂')).toBe(join(root, 'project'))
    await mkdir(join(root, 'war'))
    await mkdir(join(root, 'war-2'))
    expect(await freeFolderFor(root, 'War')).toBe(join(root, 'war-3'))
  })

  it('lists only the folders that hold a project, by name, and none when the folder is missing', async () => {
    const root = await tempDir()
    await mkdir(join(root, 'b'))
    await writeFile(join(root, 'b', 'project.json'), JSON.stringify({ name: 'Beta' }))
    await mkdir(join(root, 'a'))
    await writeFile(join(root, 'a', 'project.json'), JSON.stringify({ name: 'Alpha 🙂' }))
    await mkdir(join(root, 'not-a-project'))
    await writeFile(join(root, 'loose.json'), '{}')
    expect(await listProjectsIn(root)).toEqual([
      { dir: join(root, 'a'), name: 'Alpha 🙂' },
      { dir: join(root, 'b'), name: 'Beta' }
    ])
    expect(await listProjectsIn(join(root, 'missing'))).toEqual([])
  })
})
