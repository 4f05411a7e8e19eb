import { trimRuns, trimRunsEnd } from '../shared/text/trim-runs'

const MAX_NAME_CODE_POINTS = 80
/** Names Windows refuses for a file whatever its extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i

/**
 * A safe file-name stem from a document title: no path separators or characters Windows forbids,
 * no control characters, no leading dots, no reserved device names, at most 80 code points (never
 * cutting an emoji in half), letters of every script kept.
 */
export function fileStem(title: string): string {
  const cleaned = trimRuns(
    title
      .normalize('NFC')
      // Control characters and bidi overrides (which can make `exe.txt` display as `txt.exe`).
      .replace(/[\p{Cc}\p{Zl}\p{Zp}\u202a-\u202e\u2066-\u2069]/gu, ' ')
      .replace(/[/\\:*?"<>|]+/g, '-')
      .replace(/\s+/gu, ' '),
    /[\s.-]/u
  )
  const capped = trimRunsEnd(Array.from(cleaned).slice(0, MAX_NAME_CODE_POINTS).join(''), /[\s.]/u)
  const stem = capped || 'document'
  return RESERVED.test(stem.split('.')[0] ?? '') ? `_${stem}` : stem
}

/**
 * Hands out file-name stems that never collide, compared without case (Windows and macOS folders
 * ignore it): the second "Hama" becomes "Hama-2".
 */
export function uniqueStems(): (title: string) => string {
  const used = new Set<string>()
  return (title) => {
    const base = fileStem(title)
    let stem = base
    for (let n = 2; used.has(stem.toLowerCase()); n += 1) stem = `${base}-${n}`
    used.add(stem.toLowerCase())
    return stem
  }
}

/** The export's own file name, from the project's name: ASCII-safe letters and digits joined by dashes. */
export function exportBaseName(projectName: string): string {
  const base = trimRuns(projectName.normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-'), /-/).toLowerCase()
  return base || 'tessera-export'
}
