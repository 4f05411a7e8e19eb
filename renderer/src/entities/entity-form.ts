import type { Coordinates } from '@core/shared/model/entity'
import type { Translator } from '@core/shared/i18n/translator'
import { userText } from '../i18n/user-text'

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

/**
 * Degrees as typed on any keyboard or pasted from Arabic text: Arabic-Indic or Persian digits, `٫` or `,` for the
 * decimal point, `−` for minus, direction marks dropped.
 */
function parseDegrees(text: string): number {
  const western = text
    .trim()
    .replace(/[\u0660-\u0669]/gu, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/gu, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/[\u061C\u200E\u200F]/gu, '')
    .replace(/^\u2212/u, '-')
  const plain = western.replace(/°$/, '').replace(/[,\u066B]/u, '.')
  return plain === '' ? Number.NaN : Number(plain)
}

/** Latitude and longitude as typed: both empty clears them; each must be a number in its range. */
export function parseCoordinates(t: Translator, latitude: string, longitude: string): CoordinatesInput {
  if (latitude.trim() === '' && longitude.trim() === '') return { ok: true, coordinates: null }
  if (latitude.trim() === '' || longitude.trim() === '') return { ok: false, error: t.t('entities.coordinates.both') }
  const lat = parseDegrees(latitude)
  const lon = parseDegrees(longitude)
  if (!Number.isFinite(lat) || lat < -90 || lat > 90) return { ok: false, error: t.t('entities.coordinates.latitude', { value: userText(t, latitude.trim()), min: -90, max: 90 }) }
  if (!Number.isFinite(lon) || lon < -180 || lon > 180) return { ok: false, error: t.t('entities.coordinates.longitude', { value: userText(t, longitude.trim()), min: -180, max: 180 }) }
  return { ok: true, coordinates: { lat, lon } }
}
