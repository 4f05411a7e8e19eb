import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * Every sentence the core reports to a person (an error, an import warning, an export note, a repair note)
 * is a message of the catalogue, so the Arabic interface and CLI say it in Arabic. This finds the ones still
 * written as English text in the code.
 */
const CORE = join(__dirname, '..', '..')

const SENTENCE_SITES: { name: string; pattern: RegExp }[] = [
  { name: 'an ApiError with an English message', pattern: /new ApiError\(\s*'[a-z-]+',\s*[`'"]/gu },
  { name: 'an import error with an English problem', pattern: /importError\([^,()]+,\s*[`'"]/gu },
  { name: 'an English warning or note', pattern: /\b(warnings|notes|warning)\.(push|pushAll)\(\s*[`'"]/gu },
  { name: 'an English skip or failure reason', pattern: /\breason:\s*[`'"]/gu },
  { name: 'an import worker failure in English', pattern: /new ImportWorkerFailure\(\s*[`'"]/gu }
]

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'fixtures' || entry.name === 'testing' ? [] : sourceFiles(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : []
  })
}

describe('the core says its sentences through the catalogue', () => {
  it('leaves no English sentence in an error, warning, note or reason', () => {
    const found: string[] = []
    for (const file of sourceFiles(CORE)) {
      const text = readFileSync(file, 'utf8')
      for (const site of SENTENCE_SITES) {
        for (const match of text.matchAll(site.pattern)) {
          const line = text.slice(0, match.index).split('\n').length
          found.push(`${relative(CORE, file)}:${line}: ${site.name}`)
        }
      }
    }
    expect(found).toEqual([])
  })
})
