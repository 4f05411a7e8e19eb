import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fixture, readThroughRegistry } from '../../testing/import-fixtures'
import { deflatedEntry, docxSkeleton, repeatedEntry, WORD_NAMESPACE, writeZip, type RawZipEntry } from '../zip-fixtures'
import { elementText } from './docx-properties'

const MB = 1024 * 1024
const PARAGRAPH = '<w:p><w:r><w:t>Hama</w:t></w:r></w:p>'
const DOCUMENT_HEAD = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD_NAMESPACE}"><w:body>`
const DOCUMENT_TAIL = '</w:body></w:document>'

/** word/document.xml of `totalBytes`, one short paragraph repeated: ~300 kB compressed for 100 MB. */
const bombPart = (totalBytes: number): Promise<RawZipEntry> => repeatedEntry('word/document.xml', DOCUMENT_HEAD, PARAGRAPH, DOCUMENT_TAIL, totalBytes)

async function timedRefusal(name: string, bytes: Uint8Array): Promise<{ message: string; ms: number; externalGrowth: number }> {
  const external = process.memoryUsage().arrayBuffers
  const started = performance.now()
  const error = await readThroughRegistry(name, bytes).then(
    () => new Error('imported'),
    (refusal: unknown) => refusal
  )
  return { message: error instanceof Error ? error.message : String(error), ms: performance.now() - started, externalGrowth: process.memoryUsage().arrayBuffers - external }
}

describe('Word .docx under ZIP limits', () => {
  it('refuses at once a 300 kB docx whose document.xml expands to 100 MB, naming the file and the part', async () => {
    const bomb = writeZip([...docxSkeleton(), await bombPart(100 * MB)])
    expect(bomb.length).toBeLessThan(400_000)
    const { message, ms, externalGrowth } = await timedRefusal('bomb.docx', bomb)
    expect(message).toMatch(/^bomb\.docx is refused: .*word\/document\.xml.*decompression bomb/)
    expect(ms).toBeLessThan(2_000)
    expect(externalGrowth).toBeLessThan(32 * MB)
  })

  it('stops inflating a part that expands past the size its ZIP directory declares (a forged directory)', async () => {
    const honest = await bombPart(100 * MB)
    const lying: RawZipEntry = { ...honest, uncompressedSize: 900_000 }
    const { message, ms, externalGrowth } = await timedRefusal('liar.docx', writeZip([...docxSkeleton(), lying]))
    expect(message).toBe('liar.docx is refused: its part word/document.xml expands past the 900000 bytes its ZIP directory declares (a forged size).')
    expect(ms).toBeLessThan(2_000)
    expect(externalGrowth).toBeLessThan(32 * MB)
  })

  it('refuses a 10 MB part compressed 300 times even under the size limit', async () => {
    const { message } = await timedRefusal('dense.docx', writeZip([...docxSkeleton(), await bombPart(10 * MB)]))
    expect(message).toMatch(/^dense\.docx is refused: its part word\/document\.xml would expand [1-9]\d{2} times \(\d+ bytes to 10\.0 MB\), past the 100:1 a real document reaches \(a decompression bomb\)\.$/)
  })

  it('refuses a package whose text parts together declare more than 32 MB, before inflating any', async () => {
    const parts = Array.from({ length: 40 }, (_, i): RawZipEntry => ({ ...deflatedEntry(`word/part${i}.xml`, '<x/>'), uncompressedSize: MB }))
    const { message } = await timedRefusal('huge.docx', writeZip([...docxSkeleton(), ...parts]))
    expect(message).toMatch(/^huge\.docx is refused: its text parts would expand to more than 32 MB, the limit for one document/)
  })

  it('refuses a package listing more than 5,000 parts', async () => {
    const parts = Array.from({ length: 5_001 }, (_, i) => deflatedEntry(`word/media/image${i}.png`, 'x'))
    const { message } = await timedRefusal('many.docx', writeZip([...docxSkeleton(), ...parts]))
    expect(message).toBe('many.docx is refused: it lists 5003 parts, more than the 5000 a document may have.')
  })

  it('refuses a part whose stored bytes do not match the size its directory declares', async () => {
    const short: RawZipEntry = { ...deflatedEntry('word/document.xml', `${DOCUMENT_HEAD}${PARAGRAPH}${DOCUMENT_TAIL}`), uncompressedSize: 50_000 }
    const { message } = await timedRefusal('short.docx', writeZip([...docxSkeleton(), short]))
    expect(message).toMatch(/^short\.docx is damaged or incomplete .*word\/document\.xml holds \d+ bytes where its directory declares 50000 bytes/)
  })

  it('still imports a document saved by Word (a paragraph, a table, a paragraph)', async () => {
    const { format, documents } = await readThroughRegistry('tables.docx', fixture('word/tables.docx'))
    expect(format).toBe('docx')
    expect(documents[0]?.text.trim().split(/\n\n+/)).toEqual(['Above', 'Top left', 'Top right', 'Bottom left', 'Bottom right', 'Below'])
  })
})

describe('core.xml properties', () => {
  const oldPattern = (xml: string, tag: string): string | undefined => new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`).exec(xml)?.[1]

  it('finds exactly what the old pattern found, on random mixes of openings, closings and text', () => {
    const pieces = ['<dc:title', '<dc:title>', '</dc:title>', '<dc:titles>', '>', '<', '</', 'a', ' x="1"', '\n', '&amp;', 'Hama']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const xml = parts.join('')
        expect(elementText(xml, 'dc:title')).toBe(oldPattern(xml, 'dc:title'))
      }),
      { numRuns: 3_000 }
    )
  })

  it('reads the title of a core.xml made of 40,000 unclosed <dc:title openings in linear time (the old pattern took ~16 s)', async () => {
    const core = `<cp:coreProperties xmlns:dc="http://purl.org/dc/elements/1.1/">${'<dc:title'.repeat(40_000)}<dc:title>Real title</dc:title></cp:coreProperties>`
    const document = deflatedEntry('word/document.xml', `${DOCUMENT_HEAD}${PARAGRAPH}${DOCUMENT_TAIL}`)
    const started = performance.now()
    const { documents } = await readThroughRegistry('titled.docx', writeZip([...docxSkeleton(), document, deflatedEntry('docProps/core.xml', core)]))
    expect(performance.now() - started).toBeLessThan(2_000)
    expect(documents[0]?.metadata.title).toBe('Real title')
  })
})
