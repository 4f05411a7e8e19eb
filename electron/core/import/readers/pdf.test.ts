import { deflateSync } from 'node:zlib'
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { buildPdf, readThroughRegistry } from '../../testing/import-fixtures'

/** A one-page PDF whose page is `content` (PDF operators), deflated as PDF writers do; font F1 is Helvetica. */
async function pdfDrawing(content: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  const page = pdf.addPage([595, 842])
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  page.node.setFontDictionary(PDFName.of('F1'), font.ref)
  const stream = pdf.context.stream(deflateSync(Buffer.from(content, 'latin1'), { level: 9 }), { Filter: 'FlateDecode' })
  page.node.set(PDFName.of('Contents'), pdf.context.register(stream))
  return pdf.save({ useObjectStreams: false })
}

/** A PDF of `count` empty pages, written by hand: pdf-lib takes seconds for thousands of pages. */
function pdfOfBlankPages(count: number): Uint8Array {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Count ${count} /Kids [${Array.from({ length: count }, (_, i) => `${i + 3} 0 R`).join(' ')}] >>`]
  for (let i = 0; i < count; i += 1) objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>')
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new TextEncoder().encode(body)
}

async function timedRefusal(name: string, bytes: Uint8Array): Promise<{ message: string; ms: number }> {
  const started = performance.now()
  const error = await readThroughRegistry(name, bytes).then(
    () => new Error('imported'),
    (refusal: unknown) => refusal
  )
  return { message: error instanceof Error ? error.message : String(error), ms: performance.now() - started }
}

describe('PDF under limits', () => {
  it('refuses at once a PDF of 5,001 pages, before reading any', async () => {
    const { message, ms } = await timedRefusal('pages.pdf', pdfOfBlankPages(5_001))
    expect(message).toBe('pages.pdf is refused: it has 5001 pages, more than the 5000 a document may have.')
    expect(ms).toBeLessThan(10_000)
  })

  it('refuses a 75 kB PDF whose one page draws a million runs of text, after as many runs as the file has bytes', async () => {
    const bomb = await pdfDrawing(`BT /F1 10 Tf ${'1 0 0 1 50 700 Tm (a) Tj 1 0 0 1 300 100 Tm (b) Tj '.repeat(500_000)}ET`)
    expect(bomb.length).toBeLessThan(100_000)
    const { message, ms } = await timedRefusal('runs.pdf', bomb)
    expect(message).toBe(`runs.pdf is refused: it draws more than ${bomb.length.toLocaleString('en')} runs of text by page 1, more than one per byte of the file (a decompression bomb).`)
    expect(ms).toBeLessThan(15_000)
  })

  it('still reads an ordinary PDF of several pages', async () => {
    const { documents } = await readThroughRegistry('report.pdf', await buildPdf([['The army regrouped north of Hama.'], ['Residents fled south.']]))
    expect(documents[0]?.text).toBe('The army regrouped north of Hama.\n\nResidents fled south.')
  })
})
