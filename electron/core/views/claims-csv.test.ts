import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import { documentFromText } from '../documents/from-text'
import { ProjectStore } from '../store/project-store'
import { RESOURCES_DIR } from '../testing/helpers'
import { slicePython } from '../testing/export-corpus'
import { inEnglish } from '../shared/i18n/said'
import { quoteWithContext } from '../shared/text/spans'
import { exportFile } from '../testing/export-file'

/**
 * Issue 18, item 7: the Claims view's "Export CSV" writes offsets in the main export's unit by default
 * (code points) and says which, in its `offset_unit` column and its report; UTF-16 on request.
 */
let core: Core
let dir = ''
const TEXT = 'Hama 🙂 🇸🇾 report.\n\nOfficials said "the city fell", a claim.'
const CLAIM = 'the city fell'

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-claims-csv-'))
  const store = await ProjectStore.open(dir, { nameForNew: 'Claims' })
  const record = documentFromText('a.txt', TEXT, { title: 'A', source: '=SANA, "Damascus"' }, 'doc-a')
  const start = record.text.indexOf(CLAIM)
  const time = '2024-12-04T10:00:00.000Z'
  record.annotations = [{ id: 'c-1', tag: 'claim', start, end: start + CLAIM.length, ...quoteWithContext(record.text, start, start + CLAIM.length), attributes: {}, note: '', author: 'A', createdAt: time, updatedAt: time, entityId: null }]
  await store.addDocuments([record])
  store.close()
  core = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 'A', readOnly: true })
})
afterAll(async () => {
  core.close()
  await rm(dir, { recursive: true, force: true })
})

async function claimRows(input: { offsetUnit?: 'codepoint' | 'utf16' }): Promise<{ rows: Record<string, string>[]; notes: string[] }> {
  const file = await core.call('views.claimsCsv', input)
  const rows = parse(file.content, { bom: true, columns: true, relax_quotes: false, relax_column_count: false }) as Record<string, string>[]
  return { rows, notes: (file.report?.notes ?? []).map(inEnglish) }
}

describe('Claims view CSV: offsets in the main export\'s unit', () => {
  it('code points by default, as the exports write them, and says so', async () => {
    const { rows, notes } = await claimRows({})
    const [row] = rows
    expect(row).toMatchObject({ offset_unit: 'codepoint', claim: CLAIM, outlet: '\'=SANA, "Damascus"' })
    expect(slicePython(TEXT, Number(row?.start), Number(row?.end))).toBe(CLAIM)
    // The same offsets as the main export's annotations.csv default.
    const main = await exportFile(core, { format: 'jsonl' })
    const jsonlClaim = (JSON.parse(main.content.split('\n')[1] ?? '{}') as { annotations: { start: number; end: number }[] }).annotations[0]
    expect([Number(row?.start), Number(row?.end)]).toEqual([jsonlClaim?.start, jsonlClaim?.end])
    expect(notes.join(' ')).toMatch(/code points/)
  })

  it('UTF-16 units when asked, for JavaScript', async () => {
    const { rows, notes } = await claimRows({ offsetUnit: 'utf16' })
    expect(rows[0]).toMatchObject({ offset_unit: 'utf16' })
    expect(TEXT.slice(Number(rows[0]?.start), Number(rows[0]?.end))).toBe(CLAIM)
    expect(notes.join(' ')).toMatch(/UTF-16/)
  })
})
