import { describe, expect, it } from 'vitest'
import { buildDocx, buildPdf, buildPdfWithoutText, fixture, readThroughRegistry } from '../testing/import-fixtures'

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('format detection', () => {
  it('chooses the reader by content where the format has a signature, else by extension', async () => {
    expect((await readThroughRegistry('saved-page.txt', utf8('<!DOCTYPE html><html><title>T</title><p>Body text</p></html>'))).format).toBe('html')
    expect((await readThroughRegistry('notes', utf8('Hama\nBody'))).format).toBe('text')
    expect((await readThroughRegistry('report.bin', await buildPdf([['Hama held on Monday.']]))).format).toBe('pdf')
    expect((await readThroughRegistry('doccano.jsonl', fixture('doccano.jsonl'))).format).toBe('doccano')
    expect((await readThroughRegistry('label-studio.json', fixture('label-studio.json'))).format).toBe('label-studio')
  })

  it('refuses a format it does not import, naming the file', async () => {
    await expect(readThroughRegistry('photo.png', fixture('binary-renamed.txt'))).rejects.toThrow(/photo\.png is not a format Tessera imports/)
  })
})

describe('plain text and Markdown', () => {
  it('keeps a text file as written, with byline and dateline read from the top', async () => {
    const { documents } = await readThroughRegistry(
      'mayadeen.txt',
      utf8('Resistance Factions Arrive to Hama\nBy Al Mayadeen English\n2 Dec 2024 23:47\nA source confirmed the reinforcements.')
    )
    expect(documents[0]?.metadata).toMatchObject({ author: 'Al Mayadeen English', date: '2024-12-02', language: 'en' })
  })

  it('reduces Markdown to plain paragraphs: markup, link targets, images and raw HTML gone; the first heading is the title', async () => {
    const { documents } = await readThroughRegistry('article.md', fixture('article.md'))
    const document = documents[0]
    expect(document?.metadata.title).toBe("Syria's Hama stands firm")
    expect(document?.text.split('\n\n')).toEqual([
      "Syria's Hama stands firm",
      'By Tehran Times staff',
      'Tehran, Dec 4 (Tehran Times) - Amid a reportedly lightning advance of the militants from Hayat Tahrir al-Sham, the Syrian army has halted any attempts to invade the city.',
      'Mainstream regional media first reported that Hama had fallen.',
      'These reports have proven to be false.',
      'The Syrian Ministry of Defense denied reports of a withdrawal.'
    ])
    expect(document?.text).not.toMatch(/[*#[\]<>]|https?:|onclick|photo/)
    expect(document?.metadata.author).toBe('Tehran Times staff')
  })
})

describe('HTML', () => {
  it('extracts the article with its metadata and drops menus, ads, comments, scripts and styles', async () => {
    const { documents } = await readThroughRegistry('article.html', fixture('article.html'))
    const document = documents[0]
    expect(document?.metadata).toEqual({
      title: 'Syria: Army Strikes Supported by Russian Forces Against Radical Groups',
      source: 'teleSUR English',
      author: 'teleSUR staff',
      date: '2024-12-03',
      url: 'https://www.telesurenglish.net/syria-army-strikes/',
      language: 'en'
    })
    const paragraphs = document?.text.split('\n\n') ?? []
    expect(paragraphs[0]).toBe('Syria: Army Strikes Supported by Russian Forces Against Radical Groups')
    expect(paragraphs[1]).toMatch(/^With the support of Russian forces/)
    expect(document?.text).not.toMatch(/Home|Advertisement|Great article|All rights reserved|__pwned|tracker\.example/)
  })

  it('keeps markup written as words in the article as text', async () => {
    const { documents } = await readThroughRegistry('article.html', fixture('article.html'))
    expect(documents[0]?.text).toContain('a page which writes <script>alert(1)</script> in its text only shows those words')
  })

  it('reads a page in the legacy encoding its meta tag declares', async () => {
    const iconv = (await import('iconv-lite')).default
    const page = '<html><head><meta charset="windows-1256"><title>حماة</title></head><body><p>قالت مصادر عسكرية إن الجيش السوري دفع بتعزيزات إلى ريف حماة.</p></body></html>'
    const { documents, encoding } = await readThroughRegistry('page.html', new Uint8Array(iconv.encode(page, 'windows-1256')))
    expect(encoding).toBe('windows-1256')
    expect(documents[0]?.text).toContain('قالت مصادر عسكرية')
    expect(documents[0]?.metadata.language).toBe('ar')
  })
})

describe('Word .docx', () => {
  it('reads the paragraphs and the title and author set in the file', async () => {
    const bytes = buildDocx(['Rebels Gain Ground in Syria', 'Damascus, Dec 1 (NationPress)', 'The army regrouped 🙂 north of Hama.'], {
      title: 'Rebels Gain Ground',
      creator: 'NationPress desk'
    })
    const { format, documents } = await readThroughRegistry('rebels.docx', bytes)
    expect(format).toBe('docx')
    expect(documents[0]?.text.trim().split(/\n\n+/)).toEqual(['Rebels Gain Ground in Syria', 'Damascus, Dec 1 (NationPress)', 'The army regrouped 🙂 north of Hama.'])
    expect(documents[0]?.metadata).toMatchObject({ title: 'Rebels Gain Ground', author: 'NationPress desk', source: 'NationPress' })
  })

  it('refuses a truncated .docx, naming the file', async () => {
    const bytes = buildDocx(['Hama'])
    await expect(readThroughRegistry('cut.docx', bytes.slice(0, Math.floor(bytes.length / 2)))).rejects.toThrow(/cut\.docx is damaged or incomplete/)
    await expect(readThroughRegistry('fake.docx', utf8('just text'))).rejects.toThrow(/fake\.docx is not a Word \.docx file/)
  })
})

describe('PDF', () => {
  it('rebuilds paragraphs across pages and drops the running header and page numbers', async () => {
    const first = 'The Syrian army said on Monday that it had pushed back the militants from the northern countryside of Hama after two days of fighting.'
    const second = 'Residents reported that the road to Idlib remained closed.'
    const third = 'The ministry denied any withdrawal from the city and said reinforcements had arrived.'
    const bytes = await buildPdf([[first, second], [third]])
    const { documents } = await readThroughRegistry('weekly.pdf', bytes)
    expect(documents[0]?.text.split('\n\n')).toEqual([first, second, third])
  })

  it('says that a PDF without a text layer needs OCR', async () => {
    await expect(readThroughRegistry('scan.pdf', await buildPdfWithoutText())).rejects.toThrow(/scan\.pdf has no text layer .* needs OCR/)
  })

  it('refuses a truncated PDF with a clear message', async () => {
    const bytes = await buildPdf([['Hama held.']])
    await expect(readThroughRegistry('cut.pdf', bytes.slice(0, 200))).rejects.toThrow(/cut\.pdf (is damaged or incomplete|has no text layer)/)
  })
})

describe('doccano JSONL', () => {
  it('reads each line as a document with its spans in code points (label, labels and entities variants)', async () => {
    const { documents } = await readThroughRegistry('doccano.jsonl', fixture('doccano.jsonl'))
    expect(documents.map((d) => d.origin)).toEqual(['doccano.jsonl:1', 'doccano.jsonl:2', 'doccano.jsonl:3'])
    const quotes = documents.map((d) => d.annotations.map((a) => [Array.from(d.text).slice(a.start, a.end).join(''), a.tag]))
    expect(quotes).toEqual([
      [['Rebels', 'ACTOR'], ['Hama', 'Place'], ['NationPress', 'ORG']],
      [['Cafe\u0301', 'PLACE'], ['Idlib', 'place'], ['1,600', 'FIGURE']],
      [['The army', 'actor']]
    ])
    expect(documents.every((d) => d.offsetUnit === 'codepoint')).toBe(true)
  })

  it('fails a file with invalid lines, naming the lines, unless invalid lines are to be skipped', async () => {
    await expect(readThroughRegistry('doccano-invalid.jsonl', fixture('doccano-invalid.jsonl'))).rejects.toThrow(
      /doccano-invalid\.jsonl has 2 invalid line\(s\): line 2: not valid JSON .*; line 3: has no "text" string/
    )
    const { documents, warnings } = await readThroughRegistry('doccano-invalid.jsonl', fixture('doccano-invalid.jsonl'), { skipInvalid: true })
    expect(documents.map((d) => d.origin)).toEqual(['doccano-invalid.jsonl:1', 'doccano-invalid.jsonl:4'])
    expect(warnings).toHaveLength(2)
    expect(warnings[0]).toMatch(/line 2/)
  })
})

describe('Label Studio JSON', () => {
  it('reads text tasks with labels results in code points, leaving other result types out', async () => {
    const { documents, warnings } = await readThroughRegistry('label-studio.json', fixture('label-studio.json'))
    const [first, second] = documents
    expect(first?.annotations.map((a) => [Array.from(first.text).slice(a.start, a.end).join(''), a.tag, a.author])).toEqual([
      ['The Syrian army', 'Actor', 'analyst@example.org'],
      ['Hama', 'Place', 'analyst@example.org']
    ])
    // An export from before Label Studio counted code points: the quoted text shows the unit, and the span is converted.
    expect(second?.annotations.map((a) => Array.from(second.text).slice(a.start, a.end).join(''))).toEqual(['Idlib'])
    expect(warnings.join('\n')).toMatch(/task 42: .*UTF-16 units/)
  })
})
