import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCore } from '../core'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import { snapshotProject } from '../testing/snapshot'

const SHAFAQ = 'shafaq-news-2024-12-04'

describe('projects written before relation types', () => {
  const tempDir = useTempDirs()

  it('open unchanged (no relationTypes in project.json, no relations.json), keep their relations, and take a type on the first edit', async () => {
    const dir = await tempDir()
    const first = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 'tester', seedSample: true })
    const text = (await first.call('documents.get', { documentId: SHAFAQ })).text
    const at = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length })
    const claim = await first.call('annotations.create', { documentId: SHAFAQ, tag: 'claim', ...at('militant casualties this week have exceeded 1,600') })
    const sources = await first.call('annotations.create', { documentId: SHAFAQ, tag: 'actor', ...at('The sources') })
    const attributed = await first.call('relations.add', { documentId: SHAFAQ, type: 'attributed-to', from: claim.id, to: sources.id })
    first.close()
    // What a Tessera before relation types wrote: project.json without the field.
    const projectPath = join(dir, 'project.json')
    const { relationTypes, ...older } = JSON.parse(await readFile(projectPath, 'utf8')) as Record<string, unknown>
    expect(relationTypes).toEqual([])
    await writeFile(projectPath, `${JSON.stringify(older, null, 2)}\n`)
    const before = await snapshotProject(dir)

    const reopened = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 'tester' })
    try {
      expect((await reopened.call('project.get', {})).relationTypes).toEqual([])
      expect(await reopened.call('relations.ofAnnotation', { documentId: SHAFAQ, annotationId: claim.id })).toMatchObject([
        { id: attributed.id, type: 'attributed-to', builtIn: true, direction: 'outgoing', other: { quote: 'The sources' } }
      ])
      await reopened.call('documents.list', {})
      // Every data file but the index (a cache the list rewrites) is as the older Tessera left it.
      const withoutIndex = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).filter(([name]) => name !== 'index.json'))
      expect(withoutIndex(await snapshotProject(dir))).toEqual(withoutIndex(before))

      const contradicts = { id: 'contradicts', label: 'contradicts', from: ['claim'], to: ['claim'], directed: false, crossDocument: true }
      await reopened.call('relationTypes.set', { relationTypes: [contradicts] })
      expect(JSON.parse(await readFile(projectPath, 'utf8'))).toMatchObject({ ...older, relationTypes: [contradicts] })
      await reopened.call('history.undo', {})
      expect((await reopened.call('project.get', {})).relationTypes).toEqual([])
    } finally {
      reopened.close()
    }
  })
})
