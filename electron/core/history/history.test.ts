import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ProjectStore } from '../store/project-store'
import { createCore, type Core } from '../core'
import { useTempDirs } from '../testing/helpers'
import { importTexts } from '../testing/import-texts'
import { useWarmImportWorkers } from '../import/worker/testing'

// Imports run in the shared import worker: started once, before the tests, not inside one's time.
useWarmImportWorkers()

const ARTICLE = 'Hama 🙂 report\nThe army 🙂 entered حماة with ١٢ دبابة and 1,300 men, officials said.'
const SECOND = 'Second report\nThe army left Hama; 1,300 men stayed near Hama.'

interface Fixture {
  core: Core
  dir: string
  documentId: string
  secondId: string
  text: string
  file(id?: string): Promise<string>
  projectFile(): Promise<string>
}

describe('undo and redo in the core', () => {
  const tempDir = useTempDirs()

  async function project(): Promise<Fixture> {
    const dir = await tempDir()
    const core = await createCore({ projectDir: dir, resourcesDir: dir, author: 'tester' })
    const [first, second] = await importTexts(core, [
        { fileName: 'hama.txt', content: ARTICLE },
        { fileName: 'second.txt', content: SECOND }
      ])
    if (!first || !second) throw new Error('import returned nothing')
    const { text } = await core.call('documents.get', { documentId: first.id })
    return {
      core,
      dir,
      documentId: first.id,
      secondId: second.id,
      text,
      // What a fresh process reads from disk: the document file with its journal replayed.
      file: async (id = first.id) => {
        const reader = await ProjectStore.open(dir, { readOnly: true })
        try {
          return JSON.stringify(await reader.getDocument(id))
        } finally {
          reader.close()
        }
      },
      projectFile: () => readFile(join(dir, 'project.json'), 'utf8')
    }
  }

  /** Applies `act`, undoes it (files byte-identical to before), redoes it (files equal to after the first apply). */
  async function roundTrip(fixture: Fixture, act: () => Promise<unknown>, label: string): Promise<void> {
    const files = async () => [await fixture.file(), await fixture.file(fixture.secondId), await fixture.projectFile()]
    const before = await files()
    await act()
    const after = await files()
    expect(after).not.toEqual(before)
    const state = await fixture.core.call('history.state', {})
    expect(state.undoLabel).toBe(`Undo ${label}`)
    const undone = await fixture.core.call('history.undo', {})
    expect(undone.done).toBe(`Undone: ${label}`)
    expect(await files()).toEqual(before)
    const redone = await fixture.core.call('history.redo', {})
    expect(redone.done).toBe(`Redone: ${label}`)
    expect(await files()).toEqual(after)
  }

  it('takes back and replays every annotation command exactly, on disk', async () => {
    const f = await project()
    const { core, documentId, text } = f
    const span = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length })
    let hama = ''
    await roundTrip(f, async () => {
      hama = (await core.call('annotations.create', { documentId, tag: 'place', ...span('حماة') })).id
    }, 'tag ‘حماة’ as Place')
    await roundTrip(f, () => core.call('annotations.setAttribute', { documentId, annotationId: hama, attribute: 'kind', value: 'city' }), 'set Kind of ‘حماة’')
    await roundTrip(f, () => core.call('annotations.setNote', { documentId, annotationId: hama, note: 'The city, not the province.\nSee map.' }), 'edit the note on ‘حماة’')
    await roundTrip(f, () => core.call('annotations.setTag', { documentId, annotationId: hama, tag: 'actor' }), 'retag ‘حماة’ as Actor')
    await roundTrip(f, () => core.call('annotations.resize', { documentId, annotationId: hama, ...span('entered حماة') }), 'resize ‘حماة’ to ‘entered حماة’')
    await roundTrip(f, () => core.call('annotations.delete', { documentId, annotationId: hama }), 'delete ‘entered حماة’')
    await roundTrip(f, () => core.call('documents.setStatus', { documentId, status: 'done' }), 'mark ‘Hama 🙂 report’ done')
    await roundTrip(f, () => core.call('documents.updateMetadata', { documentId, changes: { author: 'R. Writer', url: 'https://example.org/a' } }), 'edit the details of ‘Hama 🙂 report’')
  })

  it('restores the attributes a retag dropped, and the status the first annotation set', async () => {
    const { core, documentId, text, file } = await project()
    const start = text.indexOf('1,300')
    const before = await file()
    const figure = await core.call('annotations.create', { documentId, tag: 'figure', start, end: start + 9, snap: 'words' })
    expect(figure).toMatchObject({ quote: '1,300 men', attributes: { value: 1300 } })
    expect((await core.call('documents.get', { documentId })).status).toBe('in-progress')
    await core.call('annotations.setAttribute', { documentId, annotationId: figure.id, attribute: 'counted', value: 'combatants' })
    const retagged = await core.call('annotations.setTag', { documentId, annotationId: figure.id, tag: 'claim' })
    expect(retagged.attributes).toEqual({})
    await core.call('history.undo', {})
    expect((await core.call('documents.get', { documentId })).annotations[0]?.attributes).toEqual({ value: 1300, qualifier: 'exact', counted: 'combatants' })
    await core.call('history.undo', {})
    await core.call('history.undo', {})
    expect(await file()).toBe(before)
    expect((await core.call('documents.get', { documentId })).status).toBe('not-started')
  })

  it('parses an Arabic-Indic figure on create and leaves a vague one empty', async () => {
    const { core, documentId, text } = await project()
    const start = text.indexOf('١٢')
    expect((await core.call('annotations.create', { documentId, tag: 'figure', start, end: start + 8 })).attributes).toEqual({ value: 12, qualifier: 'exact' })
    const vague = text.indexOf('officials')
    expect((await core.call('annotations.create', { documentId, tag: 'figure', start: vague, end: vague + 9 })).attributes).toEqual({})
  })

  it('refuses an attribute value its tag does not allow, and clears one with null', async () => {
    const { core, documentId } = await project()
    const place = await core.call('annotations.create', { documentId, tag: 'place', start: 0, end: 4 })
    await expect(core.call('annotations.setAttribute', { documentId, annotationId: place.id, attribute: 'kind', value: 'planet' })).rejects.toThrow(
      /Kind is one of city, town or village, region, site, country/
    )
    await expect(core.call('annotations.setAttribute', { documentId, annotationId: place.id, attribute: 'stance', value: 'asserted' })).rejects.toThrow(
      /The tag Place has no attribute "stance"/
    )
    await core.call('annotations.setAttribute', { documentId, annotationId: place.id, attribute: 'kind', value: 'city' })
    expect((await core.call('annotations.setAttribute', { documentId, annotationId: place.id, attribute: 'kind', value: null })).attributes).toEqual({})
  })

  it('merges typing in one note into one undo step, and a new action clears redo', async () => {
    const { core, documentId } = await project()
    const place = await core.call('annotations.create', { documentId, tag: 'place', start: 0, end: 4 })
    for (const note of ['C', 'Ci', 'City']) await core.call('annotations.setNote', { documentId, annotationId: place.id, note })
    await core.call('history.undo', {})
    expect((await core.call('documents.get', { documentId })).annotations[0]?.note).toBe('')
    expect((await core.call('history.state', {})).redoLabel).toBe('Redo edit the note on ‘Hama’')
    await core.call('annotations.setNote', { documentId, annotationId: place.id, note: 'Town' })
    expect((await core.call('history.state', {})).canRedo).toBe(false)
  })

  it('undoes a tag-all across documents as one step, skipping matches already tagged', async () => {
    const { core, documentId, secondId, file } = await project()
    const before = [await file(), await file(secondId)]
    const second = (await core.call('documents.get', { documentId: secondId })).text
    await core.call('annotations.create', { documentId: secondId, tag: 'place', start: second.indexOf('Hama'), end: second.indexOf('Hama') + 4 })
    const afterOne = [await file(), await file(secondId)]
    const found = await core.call('search.find', { query: 'hama', wholeWord: true })
    expect(found.total).toBe(3)
    expect(found.documents.map((d) => d.count)).toEqual([1, 2])
    const result = await core.call('annotations.tagAll', { query: 'Hama', tag: 'place', wholeWord: true, caseSensitive: true })
    expect(result).toEqual({ added: 2, skipped: 1, documentIds: [documentId, secondId] })
    expect((await core.call('history.state', {})).undoLabel).toBe('Undo tag all 2 matches of ‘Hama’ as Place')
    await core.call('history.undo', {})
    expect([await file(), await file(secondId)]).toEqual(afterOne)
    await core.call('history.undo', {})
    expect([await file(), await file(secondId)]).toEqual(before)
  })

  it('undoes a schema rename and a delete-with-reassign as one step each, annotations included', async () => {
    const f = await project()
    const { core, documentId, secondId } = f
    const second = (await core.call('documents.get', { documentId: secondId })).text
    await core.call('annotations.create', { documentId, tag: 'actor', start: f.text.indexOf('army'), end: f.text.indexOf('army') + 4 })
    // Interleaved with another tag, so putting deleted annotations back in the wrong order would show.
    await core.call('annotations.create', { documentId, tag: 'place', start: 0, end: 4 })
    await core.call('annotations.create', { documentId, tag: 'actor', start: f.text.indexOf('officials'), end: f.text.indexOf('officials') + 9 })
    await core.call('annotations.create', { documentId: secondId, tag: 'actor', start: second.indexOf('army'), end: second.indexOf('army') + 4 })
    await core.call('annotations.create', { documentId: secondId, tag: 'place', start: second.indexOf('army'), end: second.indexOf('army') + 4 })
    await roundTrip(f, () => core.call('tags.update', { tagId: 'claim', changes: { label: 'Assertion' } }), 'rename tag Claim to Assertion')
    await roundTrip(
      f,
      async () => {
        const result = await core.call('tags.delete', { tagId: 'actor', annotations: { moveTo: 'place' } })
        expect(result).toMatchObject({ moved: 2, deleted: 1 })
        expect(result.tags.map((t) => t.id)).toEqual(['claim', 'place', 'figure'])
      },
      'delete tag Actor, moving its annotations to Place'
    )
    await core.call('history.undo', {})
    await roundTrip(f, () => core.call('tags.delete', { tagId: 'actor', annotations: 'delete' }), 'delete tag Actor and its annotations')
  })

  it('checks schema edits: unique labels and keys, readable colours, and undoes a recolour to a colour the check would refuse now', async () => {
    const f = await project()
    const { core } = f
    await expect(core.call('tags.update', { tagId: 'actor', changes: { key: '1' } })).rejects.toThrow(/The key 1 already applies the tag Claim/)
    await expect(core.call('tags.update', { tagId: 'actor', changes: { label: 'claim' } })).rejects.toThrow(/already called "Claim"/)
    await expect(core.call('tags.update', { tagId: 'actor', changes: { color: '#fde047' } })).rejects.toThrow(/hard to read/)
    await roundTrip(f, () => core.call('tags.update', { tagId: 'claim', changes: { color: '#c2410c' } }), 'recolour tag Claim')
    await roundTrip(
      f,
      () => core.call('tags.add', { tag: { id: 'event', label: 'Event', color: '#7c3aed', key: '5', attributes: [{ id: 'when', label: 'When', type: 'text' }] } }),
      'add tag Event'
    )
    await roundTrip(f, () => core.call('tags.move', { tagId: 'figure', index: 0 }), 'move tag Figure')
  })

  it('drops values a changed attribute definition no longer allows, and puts them back on undo', async () => {
    const f = await project()
    const { core, documentId } = f
    const place = await core.call('annotations.create', { documentId, tag: 'place', start: 0, end: 4 })
    await core.call('annotations.setAttribute', { documentId, annotationId: place.id, attribute: 'kind', value: 'site' })
    await roundTrip(
      f,
      () => core.call('tags.update', { tagId: 'place', changes: { attributes: [{ id: 'kind', label: 'Kind', type: 'choice', values: ['city', 'region'] }] } }),
      'edit the attributes of Place'
    )
    expect((await core.call('documents.get', { documentId })).annotations[0]?.attributes).toEqual({})
    await core.call('history.undo', {})
    expect((await core.call('documents.get', { documentId })).annotations[0]?.attributes).toEqual({ kind: 'site' })
  })

  it('says there is nothing to undo on a fresh project, and limits nothing it should not', async () => {
    const { core } = await project()
    expect(await core.call('history.state', {})).toEqual({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null, undoMessage: null, redoMessage: null })
    expect((await core.call('history.undo', {})).done).toBeNull()
  })

  it('serialises concurrent actions so every undo holds', async () => {
    const { core, documentId, text, file } = await project()
    const before = await file()
    const words = [...text.matchAll(/\p{L}+/gu)].slice(0, 12)
    await Promise.all(words.map((m) => core.call('annotations.create', { documentId, tag: 'claim', start: m.index, end: m.index + m[0].length })))
    for (let i = 0; i < words.length; i += 1) await core.call('history.undo', {})
    expect(await file()).toBe(before)
  })
})
