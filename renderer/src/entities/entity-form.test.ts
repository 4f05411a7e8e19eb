import { describe, expect, it } from 'vitest'
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
  it('reads decimal degrees, with a comma decimal or a degree sign', () => {
    expect(parseCoordinates('35.13', '36,75°')).toEqual({ ok: true, coordinates: { lat: 35.13, lon: 36.75 } })
  })

  it('clears the coordinates when both are empty', () => {
    expect(parseCoordinates(' ', '')).toEqual({ ok: true, coordinates: null })
  })

  it('refuses one without the other, text and values out of range, naming the field', () => {
    expect(parseCoordinates('35', '')).toEqual({ ok: false, error: 'Give both latitude and longitude, or neither.' })
    expect(parseCoordinates('north', '36')).toEqual({ ok: false, error: 'Latitude “north” is not a number from -90 to 90.' })
    expect(parseCoordinates('35', '181')).toEqual({ ok: false, error: 'Longitude “181” is not a number from -180 to 180.' })
  })
})
