import { describe, expect, it } from 'vitest'
import { TESSERA_JSONL_VERSION } from '../exports/formats/jsonl'
import { readTesseraJsonl } from './jsonl-read'

/**
 * Issue 18, item 7: the outlet is called `outlet` in the app, the CSV and Tessera JSONL (version 2);
 * files of version 1, which called it `source`, still read.
 */
const header = (version: number) => JSON.stringify({ type: 'header', format: 'tessera-jsonl', format_version: version, offset_unit: 'codepoint', tags: [] })
const line = (fields: Record<string, string>) => JSON.stringify({ type: 'document', id: 'd', text: 'Hama fell.', annotations: [], ...fields })

describe('Tessera JSONL: the outlet', () => {
  it('writes version 2, and reads `outlet` from it', () => {
    expect(TESSERA_JSONL_VERSION).toBe(2)
    const [document] = readTesseraJsonl('new.jsonl', `${header(2)}\n${line({ outlet: 'SANA' })}\n`).documents
    expect(document?.metadata.source).toBe('SANA')
  })

  it('reads `source` from a version-1 file, and from a first-release file without a header', () => {
    expect(readTesseraJsonl('old.jsonl', `${header(1)}\n${line({ source: 'Shafaq News' })}\n`).documents[0]?.metadata.source).toBe('Shafaq News')
    const first = JSON.stringify({ id: 'd', title: 'T', source: 'NationPress', offset_unit: 'codepoint', text: 'x', annotations: [] })
    expect(readTesseraJsonl('first.jsonl', `${first}\n`).documents[0]?.metadata.source).toBe('NationPress')
  })
})
