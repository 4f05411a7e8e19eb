import { unzipSync, strFromU8 } from 'fflate'
import mammoth from 'mammoth'
import type { DocumentMetadata } from '../../model/document'
import { importError } from '../import-error'
import { detectLanguage, normalizeLanguageTag } from '../metadata/language'
import { metadataFromLeadingLines } from '../metadata/leading-lines'
import { extensionOf, type ImportReader } from '../reader'

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04]

/** Word .docx: the text with its paragraphs (mammoth); title, author and date from the file's properties when set. */
export const docxReader: ImportReader = {
  format: 'docx',
  canRead: (name) => extensionOf(name) === 'docx',
  read: async (name, bytes) => {
    if (!ZIP_SIGNATURE.every((byte, i) => bytes[i] === byte)) throw importError(name, 'is not a Word .docx file (it is not a ZIP package).')
    let text: string
    try {
      text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value
    } catch (error) {
      throw importError(name, `is damaged or incomplete and cannot be read as a Word document (${error instanceof Error ? error.message : String(error)}).`)
    }
    if (text.trim().length === 0) throw importError(name, 'holds no text.')
    const properties = coreProperties(bytes)
    return [
      {
        origin: name,
        metadata: { ...metadataFromLeadingLines(text, name), ...properties, language: properties.language || detectLanguage(text) },
        text,
        offsetUnit: 'utf16',
        annotations: []
      }
    ]
  }
}

/** `docProps/core.xml`: dc:title, dc:creator, dc:language and dcterms:created, when the author set them. */
function coreProperties(bytes: Uint8Array): Partial<DocumentMetadata> {
  let xml: string
  try {
    const entry = unzipSync(bytes, { filter: (file) => file.name === 'docProps/core.xml' })['docProps/core.xml']
    if (!entry) return {}
    xml = strFromU8(entry)
  } catch {
    return {}
  }
  const field = (tag: string): string => decodeXml(new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`).exec(xml)?.[1] ?? '').trim()
  const found: Partial<DocumentMetadata> = {}
  const title = field('dc:title')
  if (title) found.title = title.slice(0, 1_000)
  const author = field('dc:creator')
  if (author) found.author = author.slice(0, 500)
  const language = normalizeLanguageTag(field('dc:language'))
  if (language) found.language = language
  return found
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[name] ?? '')
}

