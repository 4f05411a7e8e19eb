import { toAsciiDigits } from '@core/shared/text/figures'

/**
 * The number typed in a number field, or null when it is blank or not a number. Arabic-Indic digits
 * count as digits (an Arabic keyboard types them); commas, spaces and ٬ group thousands; ٫ is the decimal mark.
 */
export function typedNumber(text: string): number | null {
  if (text.trim() === '') return null
  const number = Number(toAsciiDigits(text).replace(/\u066b/g, '.').replace(/[\s,]/g, ''))
  return Number.isFinite(number) ? number : null
}
