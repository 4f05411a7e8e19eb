import { cp, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import type { DocumentFieldDefinition } from '../shared/model/document-fields'

const V2_PROJECT = fileURLToPath(new URL('../store/fixtures/v2-project', import.meta.url))
const V2_DOCUMENT = join('documents', '63c85057-4233-4e3c-a20c-a1c546c7c099')

export const STUDY_FIELDS: DocumentFieldDefinition[] = [
  { id: 'stance', label: 'Stance toward the offensive', type: 'choice', values: ['supportive', 'critical', 'neutral'] },
  { id: 'framing', label: 'Framing', type: 'multi-choice', values: ['liberation', 'terrorism', 'humanitarian'] },
  { id: 'notes', label: 'Notes', type: 'text', description: 'What the **headline** leaves out' },
  { id: 'sources', label: 'Sources cited', type: 'number' }
]

describe('whole-article labels (document fields)', () => {
  const tempDir = useTempDirs()

  async function copyOfV2(): Promise<string> {
    const dir = join(await tempDir(), 'project')
    await cp(V2_PROJECT, dir, { recursive: true })
    return dir
  }

  async function withCore(dir: string, run: (core: Core, documentId: string) => Promise<void>): Promise<void> {
    const core = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 'tester' })
    try {
      const [first] = await core.call('documents.list', {})
      if (!first) throw new Error('the project lists no document')
      await run(core, first.id)
    } finally {
      core.close()
    }
  }

  it('defines fields, sets values of every kind, keeps them across a reopen, and undoes each step', async () => {
    const dir = join(await tempDir(), 'project')
    await cp(V2_PROJECT, dir, { recursive: true })
    await withCore(dir, async (core, documentId) => {
      await core.call('project.setDocumentFields', { fields: STUDY_FIELDS })
      expect((await core.call('project.get', {})).documentFields).toEqual(STUDY_FIELDS)
      await core.call('documents.setField', { documentId, fieldId: 'stance', value: 'critical' })
      // Stored in the definition's order, whatever order they were picked in.
      await core.call('documents.setField', { documentId, fieldId: 'framing', value: ['humanitarian', 'liberation'] })
      await core.call('documents.setField', { documentId, fieldId: 'notes', value: 'قال، "المصدر"\nline two' })
      const summary = await core.call('documents.setField', { documentId, fieldId: 'sources', value: 3 })
      expect(summary.fields).toEqual({ stance: 'critical', framing: ['liberation', 'humanitarian'], notes: 'قال، "المصدر"\nline two', sources: 3 })
      const undone = await core.call('history.undo', {})
      expect(undone.done).toMatch(/Undone: set Sources cited of/)
      expect((await core.call('documents.get', { documentId })).fields).toEqual({
        stance: 'critical',
        framing: ['liberation', 'humanitarian'],
        notes: 'قال، "المصدر"\nline two'
      })
    })
    await withCore(dir, async (core, documentId) => {
      expect((await core.call('project.get', {})).documentFields).toEqual(STUDY_FIELDS)
      expect((await core.call('documents.list', {}))[0]?.fields).toEqual({ stance: 'critical', framing: ['liberation', 'humanitarian'], notes: 'قال، "المصدر"\nline two' })
      await core.call('documents.setField', { documentId, fieldId: 'stance', value: null })
      expect((await core.call('documents.get', { documentId })).fields).not.toHaveProperty('stance')
    })
  })

  it('refuses a value that does not fit its field, naming the field, and changes nothing', async () => {
    await withCore(await copyOfV2(), async (core, documentId) => {
      await core.call('project.setDocumentFields', { fields: STUDY_FIELDS })
      await expect(core.call('documents.setField', { documentId, fieldId: 'stance', value: 'hostile' })).rejects.toThrow(
        'Stance toward the offensive is one of supportive, critical, neutral.'
      )
      await expect(core.call('documents.setField', { documentId, fieldId: 'framing', value: ['liberation', 'war'] })).rejects.toThrow(
        'Framing has no value "war"'
      )
      await expect(core.call('documents.setField', { documentId, fieldId: 'sources', value: 'three' })).rejects.toThrow('Sources cited is a number.')
      await expect(core.call('documents.setField', { documentId, fieldId: 'genre', value: 'x' })).rejects.toThrow('There is no document field "genre"')
      expect((await core.call('documents.get', { documentId })).fields).toBeUndefined()
      expect((await core.call('history.state', {})).undoLabel).toBe('Undo edit the document fields')
    })
  })

  it('refuses two fields with one id, and a choice value holding the CSV separator', async () => {
    await withCore(await copyOfV2(), async (core) => {
      const [stance] = STUDY_FIELDS
      if (!stance) throw new Error('no field')
      await expect(core.call('project.setDocumentFields', { fields: [stance, { ...stance, label: 'Other' }] })).rejects.toThrow(/same id/)
      await expect(
        core.call('project.setDocumentFields', { fields: [{ id: 'genre', label: 'Genre', type: 'choice', values: ['news|analysis'] }] })
      ).rejects.toThrow(/may not contain "\|"/)
    })
  })

  it('clears values a changed definition no longer allows, in the same undo step as the change', async () => {
    await withCore(await copyOfV2(), async (core, documentId) => {
      await core.call('project.setDocumentFields', { fields: STUDY_FIELDS })
      await core.call('documents.setField', { documentId, fieldId: 'stance', value: 'critical' })
      await core.call('documents.setField', { documentId, fieldId: 'sources', value: 2 })
      const withoutCritical = STUDY_FIELDS.filter((f) => f.id !== 'sources').map((f) =>
        f.id === 'stance' && f.type === 'choice' ? { ...f, values: ['supportive', 'neutral'] } : f
      )
      await core.call('project.setDocumentFields', { fields: withoutCritical })
      expect((await core.call('documents.get', { documentId })).fields).toEqual({})
      await core.call('history.undo', {})
      expect((await core.call('project.get', {})).documentFields).toEqual(STUDY_FIELDS)
      expect((await core.call('documents.get', { documentId })).fields).toEqual({ stance: 'critical', sources: 2 })
    })
  })

  it('opens a project written before document fields existed without changing its files', async () => {
    const dir = join(await tempDir(), 'project')
    await cp(V2_PROJECT, dir, { recursive: true })
    const files = ['project.json', `${V2_DOCUMENT}.json`, `${V2_DOCUMENT}.journal`]
    const before = await Promise.all(files.map((file) => readFile(join(dir, file), 'utf8')))
    await withCore(dir, async (core, documentId) => {
      expect((await core.call('project.get', {})).documentFields).toEqual([])
      const document = await core.call('documents.get', { documentId })
      expect(document.fields).toBeUndefined()
      expect(document.status).toBe('done')
      expect((await core.call('project.get', {})).tags.find((t) => t.id === 'place')?.label).toBe('Location')
    })
    expect(await Promise.all(files.map((file) => readFile(join(dir, file), 'utf8')))).toEqual(before)
  })
})
