import { describe, expect, it } from 'vitest'
import type { DocumentSummary } from '@core/shared/model/document'
import { createTranslator } from '@core/shared/i18n/translator'
import { annotationsGoing, deletedMessage } from './deletion-words'

const english = createTranslator('en')
const arabic = createTranslator('ar')

function documents(...annotationCounts: number[]): DocumentSummary[] {
  return annotationCounts.map((annotationCount, i) => ({ id: `d${i}`, title: `d${i}`, annotationCount }) as DocumentSummary)
}

describe('the words of a document deletion', () => {
  it('say in English what goes with one document or several, as they always did', () => {
    expect(annotationsGoing(documents(0), english)).toBe('It has no annotations.')
    expect(annotationsGoing(documents(0, 0), english)).toBe('They have no annotations.')
    expect(annotationsGoing(documents(1), english)).toBe('Its 1 annotation goes too.')
    expect(annotationsGoing(documents(0, 1), english)).toBe('Their 1 annotation goes too.')
    expect(annotationsGoing(documents(1200), english)).toBe('Its 1,200 annotations go too.')
    expect(annotationsGoing(documents(2, 3), english)).toBe('Their 5 annotations go too.')
    expect(deletedMessage(1, 0, english)).toBe('Deleted 1 document and 0 annotations. Undo brings them back.')
    expect(deletedMessage(2, 1, english)).toBe('Deleted 2 documents and 1 annotation. Undo brings them back.')
    expect(deletedMessage(1500, 12000, english)).toBe('Deleted 1,500 documents and 12,000 annotations. Undo brings them back.')
  })

  it('give Arabic the plural form each count takes, in Arabic-Indic digits', () => {
    const going = (count: number) => annotationsGoing(documents(count), arabic)
    expect(going(0)).toBe('لا تعليقات توضيحية فيه.')
    expect(going(1)).toBe('ويُحذف معه تعليق توضيحي واحد.')
    expect(going(2)).toBe('ويُحذف معه تعليقان توضيحيان.')
    expect(going(3)).toBe('وتُحذف معه ٣ تعليقات توضيحية.')
    expect(going(11)).toBe('ويُحذف معه ١١ تعليقاً توضيحياً.')
    expect(going(100)).toBe('ويُحذف معه ١٠٠ تعليق توضيحي.')
    expect(annotationsGoing(documents(1, 2), arabic)).toBe('وتُحذف معها ٣ تعليقات توضيحية.')
    expect(deletedMessage(2, 11, arabic)).toBe('حُذف مقالان و١١ تعليقاً توضيحياً. التراجع يعيدها.')
    expect(deletedMessage(3, 0, arabic)).toBe('حُذف ٣ مقالات ولا تعليقات توضيحية. التراجع يعيدها.')
    expect(deletedMessage(1, 100, createTranslator('ar', 'latn'))).toBe('حُذف مقال واحد و100 تعليق توضيحي. التراجع يعيدها.')
  })
})
