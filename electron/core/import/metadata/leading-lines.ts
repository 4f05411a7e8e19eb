import type { DocumentMetadata } from '../../shared/model/document'
import { parseArabicDateline } from './arabic-dateline'
import { findFullDate, parseDateline } from './dateline'

const BYLINE = /^by\s+([\p{L}][\p{L}\p{M}.'’\- ]{1,78})$/iu
const LINES_TO_SCAN = 8

/**
 * Metadata stated in an article's first lines, after the headline: a byline ("By Al Mayadeen
 * English") and a dateline ("2 Dec 2024 23:47", "Damascus, Dec 1 (NationPress)", "الميادين — حماه، 4
 * كانون الأول/ديسمبر 2024", "بغداد/ شفق نيوز - 2024-12-02"). `fileName` may
 * give the year a dateline leaves out (e.g. `2024-12-01-hama.txt`).
 */
export function metadataFromLeadingLines(text: string, fileName = ''): Partial<DocumentMetadata> {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .slice(1, 1 + LINES_TO_SCAN)
  const found: Partial<DocumentMetadata> = {}
  const contextYear = yearFromContext(text, fileName)
  for (const line of lines) {
    const byline = BYLINE.exec(line)
    if (byline?.[1] && found.author === undefined) {
      found.author = byline[1].trim()
      continue
    }
    if (found.date !== undefined) continue
    const dateline = parseArabicDateline(line) ?? parseDateline(line, contextYear)
    if (!dateline) continue
    found.date = dateline.date
    if (dateline.outlet) found.source = dateline.outlet
  }
  if (found.date === null) delete found.date
  return found
}

function yearFromContext(text: string, fileName: string): number | null {
  const fromName = /(?:^|\D)((?:19|20)\d{2})-\d{2}-\d{2}(?:\D|$)/.exec(fileName)?.[1]
  if (fromName) return Number(fromName)
  const full = findFullDate(text.slice(0, 5_000))
  return full ? Number(full.slice(0, 4)) : null
}
