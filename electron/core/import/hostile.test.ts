import { readdirSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import { FIXTURES, fixture } from '../testing/import-fixtures'
import { useWarmImportWorkers } from './worker/testing'
import { reportInEnglish } from '../testing/report-in-english'

const HOSTILE = readdirSync(new URL('hostile/', FIXTURES)).filter((name) => name.endsWith('.html')).sort()

/** Anything that would be active in a renderer, or a trace of a payload, must be absent from stored text. */
const ACTIVE = [/__pwned/, /attacker\.test/, /<\s*(script|iframe|object|embed|img|svg|math|style|form|input|link|meta|base|video|audio|source|template|noscript)/i, /\bon[a-z]+\s*=/i, /javascript:/i, /url\(/i, /srcset/i, /srcdoc/i, /data:text/i, /http-equiv/i]

const tempDir = useTempDirs()
const cores: Core[] = []
afterEach(() => cores.splice(0).forEach((core) => core.close()))

useWarmImportWorkers()

describe('hostile pages', () => {
  it('has at least 20 of them', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(20)
  })

  it('are stored as plain text holding none of their payloads, only the article', async () => {
    const core = await createCore({ projectDir: await tempDir(), resourcesDir: RESOURCES_DIR, author: 'tester' })
    cores.push(core)
    const report = reportInEnglish(await core.call('import.files', {
      files: HOSTILE.map((name) => ({ name: `hostile/${name}`, base64: Buffer.from(fixture(`hostile/${name}`)).toString('base64') })),
      options: { allowDuplicates: true }
    }))
    expect(report.failed).toEqual([])
    expect(report.imported).toHaveLength(HOSTILE.length)
    for (const { documentId, file } of report.imported) {
      const document = await core.call('documents.get', { documentId })
      const number = /hostile\/(\d+)-/.exec(file)?.[1]
      expect(document.text.split('\n\n')[0], file).toBe(`Hostile page ${number}: the army held Hama`)
      expect(document.text, file).toContain('Residents said the roads to Idlib remained closed')
      const stored = JSON.stringify({ ...document, importedFrom: '' }) // the file name itself names the vector
      for (const pattern of ACTIVE) expect(stored, `${file} ${pattern}`).not.toMatch(pattern)
    }
  })
})
