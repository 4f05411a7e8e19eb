/** Builders of binary fixtures for the import tests (never imported by the application). */
import { readFileSync } from 'node:fs'
import { strToU8, zipSync } from 'fflate'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import type { ImportedDocument } from '../import/imported-document'
import type { ImportReadOptions } from '../import/reader'
import { readerFor } from '../import/registry'
import { inEnglish } from '../shared/i18n/said'

export const FIXTURES = new URL('../import/fixtures/', import.meta.url)

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(name, FIXTURES)))
}

export interface ReadOutcome {
  format: string
  encoding: string | null
  documents: ImportedDocument[]
  warnings: string[]
}

/** Reads a file through the format registry, as the pipeline does. */
export async function readThroughRegistry(name: string, bytes: Uint8Array, options: Partial<ImportReadOptions> = {}): Promise<ReadOutcome> {
  const reader = readerFor(name, bytes)
  const warnings: string[] = []
  let encoding: string | null = null
  const documents = await reader.read(name, bytes, {
    skipInvalid: false,
    warn: (message) => warnings.push(inEnglish(message)),
    usedEncoding: (used) => {
      encoding = used
    },
    companion: () => undefined,
    declare: () => undefined,
    ...options
  })
  return { format: reader.format, encoding, documents, warnings }
}

const xmlEscape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A minimal Word document (OOXML zip): one `<w:p>` per paragraph, with core properties. */
export function buildDocx(paragraphs: string[], properties: { title?: string; creator?: string } = {}): Uint8Array {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(p)}</w:t></w:r></w:p>`).join('')
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`
    ),
    'docProps/core.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">${properties.title ? `<dc:title>${xmlEscape(properties.title)}</dc:title>` : ''}${properties.creator ? `<dc:creator>${xmlEscape(properties.creator)}</dc:creator>` : ''}</cp:coreProperties>`
    )
  })
}

/**
 * A PDF with a text layer: each page a list of paragraphs (lines wrapped at ~80 characters), a running
 * header and a page number at the foot. Standard fonts only know Latin-1, so the text is Latin.
 */
export async function buildPdf(pages: string[][], header = 'The Hama Weekly — Syria desk'): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  pages.forEach((paragraphs, index) => {
    const page = pdf.addPage([595, 842])
    page.drawText(header.replace('—', '-'), { x: 50, y: 800, size: 9, font })
    let y = 760
    for (const paragraph of paragraphs) {
      for (const line of wrap(paragraph, 80)) {
        page.drawText(line, { x: 50, y, size: 11, font })
        y -= 14
      }
      y -= 14
    }
    page.drawText(String(index + 1), { x: 290, y: 30, size: 9, font })
  })
  return pdf.save()
}

/** A PDF whose page holds only a drawn shape: no text layer, as a scan has none. */
export async function buildPdfWithoutText(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  const page = pdf.addPage([595, 842])
  page.drawRectangle({ x: 50, y: 50, width: 400, height: 600 })
  return pdf.save()
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}
