import { strFromU8, zipSync } from 'fflate'
import { said } from '../../shared/i18n/said'
import { importError } from '../import-error'
import { detectLanguage } from '../metadata/language'
import { metadataFromLeadingLines } from '../metadata/leading-lines'
import { extensionOf, type ImportReader } from '../reader'
import { ZipPackageError, readZipParts, type ZipLimits } from '../zip-package'
import { coreProperties } from './docx-properties'

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04]
const MiB = 1024 * 1024

/**
 * What a .docx may expand to before mammoth sees it. mammoth holds the XML as a DOM: 20 MB of
 * document.xml took 7.4 s and 1.0 GB here, so 32 MB of XML (about 20 million characters of text,
 * thousands of pages) stays well inside the default heap; the 100 MB of a crafted file ran it out.
 * Real documents compress 5 to 20 times; past 100:1 over a megabyte is a bomb's signature.
 */
export const DOCX_LIMITS: ZipLimits = { maxEntries: 5_000, maxTotalBytes: 32 * MiB, maxRatio: 100, ratioGraceBytes: 1 * MiB }

/** The parts mammoth reads for the text (XML and relationships); images and other media are never inflated. */
const isTextPart = (name: string): boolean => /\.(xml|rels)$/i.test(name)

/** Word .docx: the text with its paragraphs (mammoth); title, author and date from the file's properties when set. */
export const docxReader: ImportReader = {
  format: 'docx',
  canRead: (name) => extensionOf(name) === 'docx',
  read: async (name, bytes) => {
    if (!ZIP_SIGNATURE.every((byte, i) => bytes[i] === byte)) throw importError(name, said('readers.docx.notZip'))
    const parts = textParts(name, bytes)
    let text: string
    try {
      // Stored (level 0), so mammoth's own unzip can expand nothing beyond what was checked above.
      const bounded = zipSync(Object.fromEntries(parts), { level: 0 })
      // mammoth loads with the first Word file, not with the import worker.
      const { default: mammoth } = await import('mammoth')
      text = (await mammoth.extractRawText({ buffer: Buffer.from(bounded.buffer, bounded.byteOffset, bounded.byteLength) })).value
    } catch (error) {
      throw importError(name, said('readers.docx.damaged', { reason: error instanceof Error ? error.message : String(error) }))
    }
    if (text.trim().length === 0) throw importError(name, said('readers.noText'))
    const core = parts.get('docProps/core.xml')
    const properties = core ? coreProperties(strFromU8(core)) : {}
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

function textParts(name: string, bytes: Uint8Array): Map<string, Uint8Array> {
  try {
    return readZipParts(bytes, isTextPart, DOCX_LIMITS)
  } catch (error) {
    if (!(error instanceof ZipPackageError)) throw error
    if (error.damaged) throw importError(name, said('readers.docx.damaged', { reason: error.reason }))
    throw importError(name, said('readers.refused', { reason: error.reason }))
  }
}
