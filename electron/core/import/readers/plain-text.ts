import type { ImportedDocument } from '../imported-document'
import { detectLanguage } from '../metadata/language'
import { metadataFromLeadingLines } from '../metadata/leading-lines'
import { extensionOf, type ImportReader } from '../reader'
import { decodeForReader } from './decode-for-reader'

/** Plain text: the first line is the headline; a byline and dateline near the top give author, date and outlet. */
export const plainTextReader: ImportReader = {
  format: 'text',
  // Any other file reaches this reader last; decoding then decides whether it is text at all.
  canRead: (name) => !['docx', 'pdf', 'zip', 'doc', 'xlsx', 'pptx', 'odt', 'png', 'jpg', 'jpeg', 'gif'].includes(extensionOf(name)),
  read: (name, bytes, options) => {
    const text = decodeForReader(name, bytes, options)
    return Promise.resolve([textDocument(name, text)])
  }
}

export function textDocument(origin: string, text: string): ImportedDocument {
  return {
    origin,
    metadata: { ...metadataFromLeadingLines(text, origin), language: detectLanguage(text) },
    text,
    offsetUnit: 'utf16',
    annotations: []
  }
}
