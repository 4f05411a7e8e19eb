import { describe, expect, it } from 'vitest'
import { createTranslator } from '@core/shared/i18n/translator'
import { parseAliases, parseCoordinates } from './entity-form'

describe('parseAliases', () => {
  it('takes one alias a line, whatever the line endings, and keeps commas inside a name', () => {
    expect(parseAliases('HTS\r\nHayat Tahrir al-Sham, formerly Nusra\n\n  هيئة تحرير الشام  \rHTS\n')).toEqual([
      'HTS',
      'Hayat Tahrir al-Sham, formerly Nusra',
      'هيئة تحرير الشام'
    ])
  })

  it('gives no aliases for blank text', () => {
    expect(parseAliases(' \n\t\n')).toEqual([])
  })
})

describe('parseCoordinates', () => {
  const en = createTranslator('en')
  const ar = createTranslator('ar')

  it('reads decimal degrees, with a comma decimal or a degree sign', () => {
    expect(parseCoordinates(en, '35.13', '36,75°')).toEqual({ ok: true, coordinates: { lat: 35.13, lon: 36.75 } })
    expect(parseCoordinates(en, '-33.9', '−18.4')).toEqual({ ok: true, coordinates: { lat: -33.9, lon: -18.4 } })
  })

  it('reads degrees typed on an Arabic keyboard or pasted from Arabic text', () => {
    expect(parseCoordinates(ar, '٣٥٫١٣', '٣٦,٧٥°')).toEqual({ ok: true, coordinates: { lat: 35.13, lon: 36.75 } })
    expect(parseCoordinates(ar, '\u061C-٣٣٫٩', '۱۸')).toEqual({ ok: true, coordinates: { lat: -33.9, lon: 18 } })
  })

  it('clears the coordinates when both are empty', () => {
    expect(parseCoordinates(en, ' ', '')).toEqual({ ok: true, coordinates: null })
  })

  it('refuses one without the other, text and values out of range, naming the field', () => {
    expect(parseCoordinates(en, '35', '')).toEqual({ ok: false, error: 'Give both latitude and longitude, or neither.' })
    expect(parseCoordinates(en, 'north', '36')).toEqual({ ok: false, error: 'Latitude “north” is not a number from -90 to 90.' })
    expect(parseCoordinates(en, '35', '181')).toEqual({ ok: false, error: 'Longitude “181” is not a number from -180 to 180.' })
    expect(parseCoordinates(en, '°', '36')).toEqual({ ok: false, error: 'Latitude “°” is not a number from -90 to 90.' })
    expect(parseCoordinates(en, '\u200E', '36')).toEqual({ ok: false, error: 'Latitude “\u200E” is not a number from -90 to 90.' })
  })

  it('says so in Arabic, the range in Arabic-Indic digits and the typed text as typed', () => {
    expect(parseCoordinates(ar, '35', '')).toEqual({ ok: false, error: 'أدخل خط العرض وخط الطول معاً، أو اترك كليهما فارغاً.' })
    // The minus of -180 follows an ARABIC LETTER MARK, so it stays before the digits in right-to-left text.
    expect(parseCoordinates(ar, '35', '181')).toEqual({ ok: false, error: 'خط الطول «\u2068181\u2069» ليس رقماً بين \u061C-١٨٠ و١٨٠.' })
  })
})
