import { describe, expect, it } from 'vitest'
import type { ExportReport } from '@core/shared/exports/format-exporter'
import { said } from '@core/shared/i18n/said'
import { createTranslator } from '@core/shared/i18n/translator'
import { leftOutNote } from '@core/views/left-out'
import { claimsExportMessage } from './claims-export-message'
import type { ExportOutcome } from '../api/client'

const unitNote = said('problems.views.offsetsInCodePoints')
const leftOut = leftOutNote([{ documentId: 'doc_7', title: 'Hama falls', reason: 'documents/doc_7.json is not valid JSON.' }])

function saved(notes: ExportReport['notes']): ExportOutcome {
  return { savedTo: '/home/رنا/claims.csv', documentCount: 4, report: { documentCount: 4, annotationCount: 9, spansLeftOut: 0, notes } }
}

describe("the Claims CSV export's notice", () => {
  it('says the file misses the articles that could not be read, after where it went, in English', () => {
    if (!leftOut) throw new Error('no note')
    expect(claimsExportMessage(saved([unitNote, leftOut]), createTranslator('en'))).toBe(
      "Exported 9 claims as CSV to /home/رنا/claims.csv. Offsets in code points (Python's text[start:end]), as the main export writes them. " +
        '1 article could not be read and is not in this file: ‘Hama falls’ (documents/doc_7.json is not valid JSON).'
    )
    expect(claimsExportMessage(saved([unitNote]), createTranslator('en'))).toBe(
      "Exported 9 claims as CSV to /home/رنا/claims.csv. Offsets in code points (Python's text[start:end]), as the main export writes them."
    )
  })

  it('says the same in Arabic, and nothing when the save was cancelled', () => {
    if (!leftOut) throw new Error('no note')
    const arabic = claimsExportMessage(saved([unitNote, leftOut]), createTranslator('ar'))
    expect(arabic).toMatch(/^صُدِّر ٩ ادعاءات بصيغة CSV إلى \u2068\/home\/رنا\/claims\.csv\u2069\. المواضع بنقاط الترميز .* تعذّرت قراءة مقال واحد فليس في هذا الملف: «\u2068Hama falls\u2069»/u)
    expect(claimsExportMessage({ savedTo: null }, createTranslator('ar'))).toBeNull()
  })
})
