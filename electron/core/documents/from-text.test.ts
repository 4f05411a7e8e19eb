import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import { documentRecordSchema } from '../model/document'
import { RESOURCES_DIR, hasLoneSurrogate, listFiles, useTempDirs } from '../testing/helpers'
import { decodeTextFile, documentFromText } from './from-text'

const tempDir = useTempDirs()
const cores: Core[] = []
afterEach(() => cores.splice(0).forEach((core) => core.close()))

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('decodeTextFile', () => {
  it('decodes UTF-8, Arabic and emoji included', () => {
    expect(decodeTextFile('hama.txt', utf8('حماة 🙂 Hama'))).toBe('حماة 🙂 Hama')
  })

  it('refuses invalid UTF-8, naming the file', () => {
    expect(() => decodeTextFile('latin1.txt', Uint8Array.from([0x48, 0x61, 0x6d, 0xe1, 0x20, 0x28]))).toThrow(
      /latin1\.txt is not a UTF-8 text file/
    )
    // A UTF-16 file (with its byte-order mark) is not UTF-8 either.
    expect(() => decodeTextFile('utf16.txt', Buffer.from('\uFEFFHama', 'utf16le'))).toThrow(/utf16\.txt/)
  })

  it('refuses a file holding NUL bytes, naming the file', () => {
    expect(() => decodeTextFile('photo.jpg', utf8('JFIF\u0000\u0000data'))).toThrow(/photo\.jpg/)
  })
})

describe('documentFromText', () => {
  it('takes the first line as title and stores the normalised text whole', () => {
    const record = documentFromText('rebels.txt', '\uFEFFRebels Gain Ground\r\nDamascus, Dec 1\r\nThe army...\r\n')
    expect(record.title).toBe('Rebels Gain Ground')
    expect(record.text).toBe('Rebels Gain Ground\n\nDamascus, Dec 1\n\nThe army...')
    expect(record).toMatchObject({ importedFrom: 'rebels.txt', source: '', date: null, annotations: [] })
    expect(documentRecordSchema.safeParse(record).success).toBe(true)
  })

  it('lets metadata set the title, source and date', () => {
    const record = documentFromText('a.txt', 'date 2024-12-02 Headline\nBody', { title: 'Headline', source: 'Al Mayadeen', date: '2024-12-02' })
    expect(record).toMatchObject({ title: 'Headline', source: 'Al Mayadeen', date: '2024-12-02' })
    expect(record.text.startsWith('date 2024-12-02 Headline')).toBe(true)
  })

  it('refuses an empty or blank file, naming it', () => {
    expect(() => documentFromText('empty.txt', decodeTextFile('empty.txt', new Uint8Array()))).toThrow(/empty\.txt is empty/)
    expect(() => documentFromText('blank.txt', ' \r\n\t\n\u00a0\n')).toThrow(/blank\.txt is empty/)
  })

  it('refuses text holding NUL characters', () => {
    expect(() => documentFromText('x.txt', 'Title\n\u0000')).toThrow(/x\.txt is not a text file/)
  })

  it('shortens a very long first line to a title without cutting an emoji in half', () => {
    for (const pad of ['', 'a']) {
      const record = documentFromText('long.txt', `${pad}${'🙂'.repeat(150)}\nBody`)
      expect(record.title.length).toBeLessThanOrEqual(200)
      expect(record.title.length).toBeGreaterThanOrEqual(199)
      expect(hasLoneSurrogate(record.title)).toBe(false)
      expect(record.text.startsWith(record.title)).toBe(true)
    }
  })
})

describe('documents.importText', () => {
  it('imports nothing when one of the files is bad', async () => {
    const dir = await tempDir()
    const core = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 'tester' })
    cores.push(core)
    const files = [
      { fileName: 'good.txt', content: 'Good\nText' },
      { fileName: 'blank.txt', content: '\n\n' }
    ]
    const envelope = await core.dispatch('documents.importText', { files })
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/blank\.txt is empty/) } })
    expect(await core.call('documents.list', {})).toEqual([])
    expect(await listFiles(dir)).toEqual(['project.json', 'tessera.lock'])

    const [summary] = await core.call('documents.importText', { files: [files[0] ?? { fileName: '', content: '' }] })
    expect(summary).toMatchObject({ title: 'Good', annotationCount: 0 })
    expect(await core.call('documents.list', {})).toEqual([summary])
  })
})
