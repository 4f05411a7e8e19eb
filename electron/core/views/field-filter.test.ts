import { cp } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'

const V2_PROJECT = fileURLToPath(new URL('../store/fixtures/v2-project', import.meta.url))

describe('corpus views filtered by a whole-article label', () => {
  const tempDir = useTempDirs()
  let core: Core

  beforeEach(async () => {
    const dir = join(await tempDir(), 'project')
    await cp(V2_PROJECT, dir, { recursive: true })
    core = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 'tester' })
    const documentId = (await core.call('documents.list', {}))[0]?.id ?? ''
    await core.call('project.setDocumentFields', {
      fields: [
        { id: 'stance', label: 'Stance', type: 'choice', values: ['supportive', 'critical', 'neutral'] },
        { id: 'framing', label: 'Framing', type: 'multi-choice', values: ['liberation', 'تحرير'] }
      ]
    })
    const figure = (await core.call('documents.get', { documentId })).annotations.find((a) => a.tag === 'figure')
    if (figure) await core.call('annotations.setAttribute', { documentId, annotationId: figure.id, attribute: 'counted', value: 'killed' })
    if (figure) await core.call('annotations.setAttribute', { documentId, annotationId: figure.id, attribute: 'value', value: 12 })
    await core.call('documents.updateMetadata', { documentId, changes: { date: '2024-12-02', source: 'Shafaq News' } })
    await core.call('documents.setField', { documentId, fieldId: 'stance', value: 'critical' })
    await core.call('documents.setField', { documentId, fieldId: 'framing', value: ['تحرير'] })
  })
  afterEach(() => core.close())

  it('Claims, Figures and Entities keep only the documents whose label matches, and the unfiltered views stay whole', async () => {
    const all = await core.call('views.claims', {})
    expect(all.total).toBeGreaterThan(0)
    const figures = (await core.call('views.figures', {})).series.length
    expect(figures).toBeGreaterThan(0)
    const mentions = (await core.call('views.entities', {})).entities.reduce((n, r) => n + r.mentionCount, 0)

    expect((await core.call('views.claims', { documentField: { fieldId: 'stance', value: 'critical' } })).total).toBe(all.total)
    expect((await core.call('views.claims', { documentField: { fieldId: 'framing', value: 'تحرير' } })).total).toBe(all.total)
    expect((await core.call('views.claims', { documentField: { fieldId: 'stance', value: 'neutral' } })).total).toBe(0)
    expect((await core.call('views.figures', { documentField: { fieldId: 'stance', value: 'neutral' } })).series).toEqual([])
    const filteredEntities = await core.call('views.entities', { documentField: { fieldId: 'framing', value: 'liberation' } })
    expect(filteredEntities.entities.reduce((n, r) => n + r.mentionCount, 0)).toBe(0)

    // The shared indexes were not narrowed by the filtered calls.
    expect((await core.call('views.claims', {})).total).toBe(all.total)
    expect((await core.call('views.figures', {})).series.length).toBe(figures)
    expect((await core.call('views.entities', {})).entities.reduce((n, r) => n + r.mentionCount, 0)).toBe(mentions)
  })

  it('names a field the project does not define', async () => {
    await expect(core.call('views.claims', { documentField: { fieldId: 'genre', value: 'news' } })).rejects.toThrow('There is no document field "genre"')
  })
})
