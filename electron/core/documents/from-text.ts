import { randomUUID } from 'node:crypto'
import { ApiError } from '../shared/errors'
import { said } from '../shared/i18n/said'
import { DOCUMENT_SCHEMA_VERSION, type DocumentMetadata, type DocumentRecord } from '../shared/model/document'
import { normalizeText } from '../shared/text/normalize'
import { cutAtCodePoint } from '../shared/limits'

const MAX_TITLE_LENGTH = 200

/**
 * A new document from a plain-text article: the text normalised once and for all, the first line as
 * title unless metadata says otherwise. The whole text, headline included, stays annotatable.
 */
export function documentFromText(
  fileName: string,
  content: string,
  metadata: Partial<DocumentMetadata> = {},
  id: string = randomUUID()
): DocumentRecord {
  if (content.includes('\u0000')) throw new ApiError('invalid-input', said('problems.documents.notText', { file: fileName }))
  const text = normalizeText(content)
  if (text.length === 0) throw new ApiError('invalid-input', said('problems.documents.empty', { file: fileName }))
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'))
  return {
    schemaVersion: DOCUMENT_SCHEMA_VERSION,
    id,
    title: metadata.title ?? cutAtCodePoint(firstLine, MAX_TITLE_LENGTH),
    source: metadata.source ?? '',
    author: metadata.author ?? '',
    date: metadata.date ?? null,
    url: metadata.url ?? '',
    language: metadata.language ?? '',
    importedFrom: fileName,
    importedAt: new Date().toISOString(),
    status: 'not-started',
    text,
    annotations: [],
    relations: []
  }
}
