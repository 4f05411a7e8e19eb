import type { Translator } from '@core/shared/i18n/translator'

/** A size as the import limits are told: `50 MB`, `1.5 MB`, `900 bytes` (the core's describeBytes, in the user's language). */
export function describeSize(bytes: number, translator: Translator): string {
  const megabytes = bytes / 1024 / 1024
  if (megabytes < 1) return translator.t('importing.bytes', { count: bytes })
  const decimals = megabytes >= 10 ? 0 : 1
  return translator.t('importing.megabytes', { size: translator.number(megabytes, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false }) })
}
