import { said, type Said } from '../shared/i18n/said'

/** A size as `describeBytes` writes it ("1.5 MB", "900 bytes"), as a message said in the reader's language. */
export function saidBytes(bytes: number): Said {
  const megabytes = bytes / 1024 / 1024
  return megabytes >= 1 ? said('importing.megabytes', { size: megabytes.toFixed(megabytes >= 10 ? 0 : 1) }) : said('importing.bytes', { count: bytes })
}
