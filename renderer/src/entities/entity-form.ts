import type { Coordinates } from '@core/shared/model/entity'

/** Aliases as typed in the editor: one a line (a name may hold commas), blank lines and repeats dropped. */
export function parseAliases(text: string): string[] {
  const seen = new Set<string>()
  const aliases: string[] = []
  for (const line of text.split(/\r\n|\r|\n/)) {
    const alias = line.trim().replace(/\s+/g, ' ')
    if (!alias || seen.has(alias)) continue
    seen.add(alias)
    aliases.push(alias)
  }
  return aliases
}

export type CoordinatesInput = { ok: true; coordinates: Coordinates | null } | { ok: false; error: string }

function parseDegrees(text: string): number {
  return Number(text.trim().replace(/°$/, '').replace(',', '.'))
}

/** Latitude and longitude as typed: both empty clears them; each must be a number in its range. */
export function parseCoordinates(latitude: string, longitude: string): CoordinatesInput {
  if (latitude.trim() === '' && longitude.trim() === '') return { ok: true, coordinates: null }
  if (latitude.trim() === '' || longitude.trim() === '') return { ok: false, error: 'Give both latitude and longitude, or neither.' }
  const lat = parseDegrees(latitude)
  const lon = parseDegrees(longitude)
  if (!Number.isFinite(lat) || lat < -90 || lat > 90) return { ok: false, error: `Latitude “${latitude.trim()}” is not a number from -90 to 90.` }
  if (!Number.isFinite(lon) || lon < -180 || lon > 180) return { ok: false, error: `Longitude “${longitude.trim()}” is not a number from -180 to 180.` }
  return { ok: true, coordinates: { lat, lon } }
}
