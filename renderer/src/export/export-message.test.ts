import { describe, expect, it } from 'vitest'
import { createTranslator } from '@core/shared/i18n/translator'
import { exportMessage, type ExportDone } from './export-message'
import { formatLabel, formProblem, type ExportFormState } from './export-form'

const english = createTranslator('en')
const arabic = createTranslator('ar')

function done(documentCount: number, downloaded = false, format: ExportDone['format'] = 'csv'): ExportDone {
  return { outcome: { savedTo: '/home/رنا/exports/corpus.zip', documentCount }, format, downloaded }
}

describe('the sentence an export ends with', () => {
  it('reads in English as it always did, one document or many, saved or downloaded', () => {
    expect(exportMessage(done(1), english)).toBe('Exported 1 document as CSV tables (ZIP) to /home/رنا/exports/corpus.zip')
    expect(exportMessage(done(0, false, 'conll'), english)).toBe('Exported 0 documents as CoNLL IOB2 to /home/رنا/exports/corpus.zip')
    expect(exportMessage(done(12000, true, 'jsonl'), english)).toBe("Exported 12000 documents as Tessera JSONL to your browser's downloads, as /home/رنا/exports/corpus.zip")
  })

  it('gives Arabic the plural form of each count, the path isolated and format names untranslated', () => {
    const counts = [0, 1, 2, 3, 11, 100].map((count) => exportMessage(done(count, false, 'brat'), arabic).split(' بصيغة')[0])
    expect(counts).toEqual(['صُدِّر لا مقالات', 'صُدِّر مقال واحد', 'صُدِّر مقالان', 'صُدِّر ٣ مقالات', 'صُدِّر ١١ مقالاً', 'صُدِّر ١٠٠ مقال'])
    expect(exportMessage(done(2), arabic)).toBe('صُدِّر مقالان بصيغة جداول CSV (ZIP)؛ حُفظ الملف في \u2068/home/رنا/exports/corpus.zip\u2069')
    expect(exportMessage(done(3, true, 'w3c'), createTranslator('ar', 'latn'))).toContain('صُدِّر 3 مقالات بصيغة W3C Web Annotation؛ نُزِّل الملف')
  })

  it("names the formats and says what the form lacks in the user's language", () => {
    expect(formatLabel('spacy', arabic)).toBe('spaCy JSONL')
    expect(formatLabel('csv', english)).toBe('CSV tables (ZIP)')
    const state: ExportFormState = {
      format: 'jsonl',
      onlyOpenDocument: false,
      statuses: new Set(['done']),
      outlets: new Set(),
      tags: new Set(['claim']),
      authors: new Set(['rana']),
      offsetUnit: 'codepoint',
      neutraliseFormulas: true,
      preferredTag: ''
    }
    const problem = formProblem(state, { statuses: ['done'], outlets: ['SANA'], tags: ['claim'], authors: ['rana'] })
    expect(problem && english.t(problem)).toBe('Choose at least one outlet.')
    expect(problem && arabic.t(problem)).toBe('اختر مصدراً واحداً على الأقل.')
    expect(formProblem({ ...state, outlets: new Set(['SANA']) }, { statuses: ['done'], outlets: ['SANA'], tags: ['claim'], authors: ['rana'] })).toBeNull()
  })
})
