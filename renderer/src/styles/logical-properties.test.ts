import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const folder = resolve('renderer/src/styles')

/**
 * Rules placed by physical coordinates on purpose: the reader's caret and resize handles sit where the
 * text's boxes are (measured, not laid out), a keyword-in-context line follows its own text's direction,
 * and `left: 50%` with `translateX(-50%)` (or both sides equal) centres whatever the direction.
 */
const PHYSICAL_ON_PURPOSE = [/^\.reader-caret\b/u, /^\.resize-handle\b/u, /^\.kwic-/u, /^\.kwic-line\[dir='rtl'\]/u]
const CENTRED = /left: 50%;[^}]*translateX\(-50%\)|left: 8px; right: 8px;/u
const PHYSICAL = /(?:margin|padding|border)-(?:left|right)\b|(?:^|[\s;{])(?:left|right):|text-align:\s*(?:left|right)\b|float:\s*(?:left|right)/u

describe('the stylesheets', () => {
  it('lay out by start and end (CSS logical properties), so the Arabic interface mirrors', () => {
    const physical: string[] = []
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.css'))) {
      for (const line of readFileSync(resolve(folder, file), 'utf8').split('\n')) {
        const rule = line.trim()
        if (PHYSICAL.test(rule) && !CENTRED.test(rule) && !PHYSICAL_ON_PURPOSE.some((allowed) => allowed.test(rule))) physical.push(`${file}: ${rule}`)
      }
    }
    expect(physical).toEqual([])
  })
})
