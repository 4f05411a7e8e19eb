import { describe, expect, it } from 'vitest'
import { parseDateline } from './dateline'
import { languageFromScript } from './language'
import { metadataFromLeadingLines } from './leading-lines'

describe('parseDateline', () => {
  it('reads "2 Dec 2024 23:47"', () => {
    expect(parseDateline('2 Dec 2024 23:47')).toEqual({ date: '2024-12-02', outlet: null })
  })

  it('reads "December 3, 2024 Hour: 3:58 pm"', () => {
    expect(parseDateline('December 3, 2024 Hour: 3:58 pm')).toEqual({ date: '2024-12-03', outlet: null })
  })

  it('reads "Damascus, Dec 1 (NationPress)": the outlet, and the year only from context', () => {
    expect(parseDateline('Damascus, Dec 1 (NationPress)')).toEqual({ date: null, outlet: 'NationPress' })
    expect(parseDateline('Damascus, Dec 1 (NationPress)', 2024)).toEqual({ date: '2024-12-01', outlet: 'NationPress' })
  })

  it('ignores sentences that merely mention a date, and impossible dates', () => {
    expect(parseDateline('The Syrian army said on December 2, 2024 that reinforcements from its allies in the Axis of Resistance had arrived.')).toBeNull()
    expect(parseDateline('By Al Mayadeen English')).toBeNull()
    expect(parseDateline('Hama held')).toBeNull()
  })
})

describe('metadataFromLeadingLines', () => {
  it('reads the byline and the dateline under the headline', () => {
    const text = 'Resistance Factions Arrive to Hama\nBy Al Mayadeen English\n2 Dec 2024 23:47\nA source from the Resistance factions confirmed…'
    expect(metadataFromLeadingLines(text)).toEqual({ author: 'Al Mayadeen English', date: '2024-12-02' })
  })

  it('gives a yearless dateline the year of a full date elsewhere in the file, or of the file name, else leaves the date unknown', () => {
    const text = 'Rebels Gain Ground\nDamascus, Dec 1 (NationPress)\nThe offensive began on November 27, 2024.'
    expect(metadataFromLeadingLines(text)).toEqual({ source: 'NationPress', date: '2024-12-01' })
    expect(metadataFromLeadingLines('Rebels\nDamascus, Dec 1 (NationPress)\nBody.', '2023-12-01-rebels.txt')).toEqual({ source: 'NationPress', date: '2023-12-01' })
    expect(metadataFromLeadingLines('Rebels\nDamascus, Dec 1 (NationPress)\nBody.')).toEqual({ source: 'NationPress' })
  })
})

describe('languageFromScript', () => {
  it('tells Arabic, Hebrew and Latin script apart, and says nothing for too little text', () => {
    expect(languageFromScript('قالت مصادر عسكرية إن الجيش السوري دفع بتعزيزات')).toBe('ar')
    expect(languageFromScript('צבא סוריה הודיע כי כוחותיו נסוגו מהעיר חמה')).toBe('he')
    expect(languageFromScript('The Syrian army said it had entered the countryside of Hama.')).toBe('en')
    expect(languageFromScript('🙂 12 34')).toBe('')
  })
})
