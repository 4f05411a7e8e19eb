import { describe, expect, it } from 'vitest'
import { documentRecordSchema } from '../shared/model/document'
import { hasLoneSurrogate } from '../testing/helpers'
import { documentFromText } from './from-text'

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
    expect(() => documentFromText('empty.txt', '')).toThrow(/empty\.txt is empty/)
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
