import { describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import { sayHistory, type HistoryMessage } from '../shared/i18n/history-message'
import { createTranslator } from '../shared/i18n/translator'
import { useTempDirs } from '../testing/helpers'
import { importTexts } from '../testing/import-texts'
import { useWarmImportWorkers } from '../import/worker/testing'

useWarmImportWorkers()

const english = createTranslator('en')
const arabic = createTranslator('ar')
/** User text inside an Arabic sentence: isolated, so a Latin quote keeps its order. */
const isolated = (text: string) => `\u2068${text}\u2069`

const FIRST = 'Hama report\nThe army entered Hama with 1,300 men; Hama was quiet, officials in Hama said.'
const SECOND = 'Second report\nHama again.'

/** The Undo button's words now: the English label as it always read, and its message said in English and in Arabic. */
async function undoReads(core: Core, label: string, inArabic: string): Promise<void> {
  const state = await core.call('history.state', {})
  expect(state.undoLabel).toBe(label)
  const message = state.undoMessage as HistoryMessage
  expect(sayHistory(english, message)).toBe(label)
  expect(sayHistory(arabic, message)).toBe(inArabic)
}

describe('history messages: the English labels as before, and the same in Arabic', () => {
  const tempDir = useTempDirs()

  async function project() {
    const dir = await tempDir()
    const core = await createCore({ projectDir: dir, resourcesDir: dir, author: 'tester' })
    const [first, second] = await importTexts(core, [
      { fileName: 'hama.txt', content: FIRST },
      { fileName: 'second.txt', content: SECOND }
    ])
    if (!first || !second) throw new Error('import returned nothing')
    const { text } = await core.call('documents.get', { documentId: first.id })
    return { core, documentId: first.id, secondId: second.id, text }
  }

  it('names a tag, a delete and a long quote; says what an undo and a redo did', async () => {
    const { core, documentId, text } = await project()
    const start = text.indexOf('Hama', 5)
    const hama = await core.call('annotations.create', { documentId, tag: 'place', start, end: start + 4 })
    await undoReads(core, 'Undo tag ‘Hama’ as Place', `تراجع عن وسم «${isolated('Hama')}» بالوسم ${isolated('Place')}`)

    await core.call('annotations.delete', { documentId, annotationId: hama.id })
    await undoReads(core, 'Undo delete ‘Hama’', `تراجع عن حذف «${isolated('Hama')}»`)
    const undone = await core.call('history.undo', {})
    expect(undone.done).toBe('Undone: delete ‘Hama’')
    expect(sayHistory(english, undone.doneMessage as HistoryMessage)).toBe('Undone: delete ‘Hama’')
    expect(sayHistory(arabic, undone.doneMessage as HistoryMessage)).toBe(`تم التراجع عن حذف «${isolated('Hama')}»`)
    const redone = await core.call('history.redo', {})
    expect(redone.done).toBe('Redone: delete ‘Hama’')
    expect(sayHistory(arabic, redone.doneMessage as HistoryMessage)).toBe(`تمت إعادة حذف «${isolated('Hama')}»`)
    expect(sayHistory(arabic, (await core.call('history.undo', {})).redoMessage as HistoryMessage)).toBe(`إعادة حذف «${isolated('Hama')}»`)

    // Across a line break and past 40 characters: one line, cut with an ellipsis, as the label always was.
    await core.call('annotations.create', { documentId, tag: 'claim', start: 0, end: text.indexOf(' men') + 4 })
    const cut = 'Hama report The army entered Hama with …'
    await undoReads(core, `Undo tag ‘${cut}’ as Claim`, `تراجع عن وسم «${isolated(cut)}» بالوسم ${isolated('Claim')}`)
  })

  it('counts a tag-all and a deletion of documents, in Arabic plural forms and digits', async () => {
    const { core, documentId, secondId } = await project()
    const tagged = await core.call('annotations.tagAll', { query: 'Hama', tag: 'place', wholeWord: true, caseSensitive: true })
    expect(tagged.added).toBe(5)
    await undoReads(
      core,
      'Undo tag all 5 matches of ‘Hama’ as Place',
      `تراجع عن وسم التطابقات الـ٥ كلها لـ«${isolated('Hama')}» بالوسم ${isolated('Place')}`
    )
    await core.call('history.undo', {})
    await core.call('annotations.tagAll', { query: 'again', tag: 'place', wholeWord: true, caseSensitive: true })
    await undoReads(core, 'Undo tag the 1 match of ‘again’ as Place', `تراجع عن وسم التطابق الوحيد لـ«${isolated('again')}» بالوسم ${isolated('Place')}`)

    await core.call('documents.remove', { documentIds: [documentId, secondId] })
    await undoReads(core, 'Undo delete 2 documents', 'تراجع عن حذف مقالين')
    await core.call('history.undo', {})
    await core.call('documents.remove', { documentIds: [secondId] })
    await undoReads(core, 'Undo delete ‘Second report’', `تراجع عن حذف المقال «${isolated('Second report')}»`)
  })

  it('names entities merged and mentions linked, with their count', async () => {
    const { core, documentId, secondId } = await project()
    await core.call('annotations.tagAll', { query: 'Hama', tag: 'place', wholeWord: true, caseSensitive: true })
    const [title, entered] = (await core.call('documents.get', { documentId })).annotations
    if (!title || !entered) throw new Error('tag-all tagged too little')
    const hama = await core.call('entities.create', { documentId, annotationId: title.id })
    await undoReads(core, 'Undo create entity ‘Hama’', `تراجع عن إنشاء الكيان «${isolated('Hama')}»`)
    const hamah = await core.call('entities.create', { documentId, annotationId: entered.id, name: 'Hamah' })
    await core.call('entities.merge', { sourceId: hamah.id, targetId: hama.id })
    await undoReads(core, 'Undo merge into ‘Hama’', `تراجع عن الدمج في «${isolated('Hama')}»`)

    const found = await core.call('entities.matchesIn', { documentIds: [documentId, secondId] })
    expect(found.matches).toHaveLength(3)
    await core.call('entities.linkMatches', { matches: found.matches.map(({ documentId: id, start, end, entityId }) => ({ documentId: id, start, end, entityId })) })
    await undoReads(core, 'Undo link 3 mentions of known entities', 'تراجع عن ربط ٣ إشارات بكيانات معروفة')
  })

  it('names a document field set, a built-in relation and several changes of one tag in order', async () => {
    const { core, documentId, text } = await project()
    const figure = await core.call('annotations.create', { documentId, tag: 'figure', start: text.indexOf('1,300'), end: text.indexOf('1,300') + 5 })
    const claim = await core.call('annotations.create', { documentId, tag: 'claim', start: text.indexOf('The army'), end: text.indexOf(' men') + 4 })
    await core.call('relations.add', { documentId, type: 'stated-in', from: figure.id, to: claim.id })
    await undoReads(core, 'Undo add a relation (stated-in)', 'تراجع عن إضافة علاقة (مذكور في)')

    await core.call('project.setDocumentFields', { fields: [{ id: 'framing', label: 'Framing', type: 'text' }] })
    await undoReads(core, 'Undo edit the document fields', 'تراجع عن تعديل حقول المقالات')
    await core.call('documents.setField', { documentId, fieldId: 'framing', value: 'military' })
    await undoReads(core, 'Undo set Framing of ‘Hama report’', `تراجع عن ضبط ${isolated('Framing')} لـ«${isolated('Hama report')}»`)

    await core.call('tags.update', { tagId: 'claim', changes: { label: 'Assertion', color: '#7c3aed', key: null } })
    await undoReads(
      core,
      'Undo rename tag Claim to Assertion, recolour tag Claim, remove the key of Claim',
      `تراجع عن تغيير اسم الوسم ${isolated('Claim')} إلى ${isolated('Assertion')}، تغيير لون الوسم ${isolated('Claim')}، إزالة مفتاح الوسم ${isolated('Claim')}`
    )
  })

  it('writes counts past a thousand as the English labels always did, and in Arabic digits', () => {
    const tagAll: HistoryMessage = { key: 'history.annotation.tagAll', values: { count: 1234, quote: 'Hama', tag: 'Place' } }
    expect(sayHistory(english, tagAll)).toBe('tag all 1234 matches of ‘Hama’ as Place')
    expect(sayHistory(arabic, tagAll)).toBe(`وسم التطابقات الـ١٬٢٣٤ كلها لـ«${isolated('Hama')}» بالوسم ${isolated('Place')}`)
    const linked: HistoryMessage = { key: 'history.entity.linkMatches', values: { count: 1234 } }
    expect(sayHistory(english, linked)).toBe('link 1,234 mentions of known entities')
    expect(sayHistory(english, { key: 'history.entity.linkMatches', values: { count: 1 } })).toBe('link a mention of known entities')
    expect(sayHistory(arabic, { key: 'history.entity.linkMatches', values: { count: 11 } })).toBe('ربط ١١ إشارة بكيانات معروفة')
  })
})
