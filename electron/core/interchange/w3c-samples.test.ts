import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import { readThroughRegistry } from '../testing/import-fixtures'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import { reportInEnglish } from '../testing/report-in-english'

/** The W3C test suite's samples (w3c/web-annotation-tests, tools/samples): `correct` must pass a validator, `incorrect` must not. */
const SAMPLES = fileURLToPath(new URL('./fixtures/interop/w3c-samples', import.meta.url))
const samplesIn = (folder: 'correct' | 'incorrect'): { name: string; bytes: Uint8Array; json: Record<string, unknown> | null }[] =>
  readdirSync(join(SAMPLES, folder))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => {
      const bytes = new Uint8Array(readFileSync(join(SAMPLES, folder, name)))
      return { name, bytes, json: parsedOrNull(Buffer.from(bytes).toString('utf8')) }
    })

function parsedOrNull(text: string): Record<string, unknown> | null {
  try {
    return JSON.parse(text) as Record<string, unknown>
  } catch {
    return null
  }
}

async function refusal(name: string, bytes: Uint8Array): Promise<string> {
  try {
    await readThroughRegistry(name, bytes)
  } catch (error) {
    return (error as Error).message
  }
  throw new Error(`${name} was read`)
}

/** The first resource a sample's target names, found here from the sample itself. */
function firstTarget(target: unknown): string {
  if (typeof target === 'string') return target
  if (Array.isArray(target)) return firstTarget(target[0])
  const t = target as { source?: string; items?: unknown[]; id?: string }
  return t.source ?? (t.items ? firstTarget(t.items[0]) : (t.id ?? '?'))
}

/** What each parsable incorrect sample's own `label` says is wrong, as the reason must say it. */
const EXPECTED_PROBLEM: Record<string, RegExp> = {
  'bad target': /a target 9 is neither a URI nor a resource/,
  'bad creator': /its creator 6 is neither a URI nor an agent/,
  'bad generator': /its generator 42 is neither a URI nor an agent/,
  'bad created': /its (created|modified|generated) .+ is not one date-time/,
  'No context': /its @context does not name http:\/\/www\.w3\.org\/ns\/anno\.jsonld/,
  'Bad context': /its @context does not name http:\/\/www\.w3\.org\/ns\/anno\.jsonld/,
  'bad rights': /its rights "not a uri" is not a URI/,
  'bad via': /its via "not a uri" is not a URI/,
  'bad canonical': /its canonical "not a uri" is not one URI/,
  'no value for Fragment Selector': /a target FragmentSelector has no single string value/,
  'multiple values for Fragment Selector': /a target FragmentSelector has no single string value/,
  'bad id': /its id "not a uri" is not a URI/,
  'multiple identifiers': /it has 2 ids, where an annotation has one/,
  'no type': /it has no type \(Annotation\)/,
  'bad type': /its type "Squirrel" is not Annotation/
}

describe('the W3C test suite samples', () => {
  it('refuses every correct sample for a stated reason: each annotates web pages, not a text Tessera holds, naming the file and the target', async () => {
    const correct = samplesIn('correct')
    expect(correct).toHaveLength(45)
    for (const { name, bytes, json } of correct) {
      const reason = await refusal(name, bytes)
      if (!json) throw new Error(`${name} is not JSON`)
      const type = json.type
      if (type === 'Annotation') {
        expect(reason, name).toMatch(new RegExp(`^${name} is a single W3C Web Annotation: it points to (a web page or other web resource|web pages or other web resources) \\(`))
        expect(reason, name).toContain(`(${firstTarget(json.target)}`)
        expect(reason, name).toContain('not to a text Tessera holds')
      } else if (typeof json.first === 'string') {
        expect(reason, name).toBe(
          `${name} is a W3C AnnotationCollection whose annotations are on pages elsewhere (first: ${json.first}), and it carries no text: Tessera imports the W3C collections it exports, with the annotations and their texts in one file.`
        )
      } else {
        const page = (type === 'AnnotationPage' ? json : json.first) as { items: { target: unknown }[] }
        expect(reason, name).toMatch(new RegExp(`^${name} is a W3C ${String(type)} of ${page.items.length} annotation\\(s\\) without the texts they annotate: they point to web pages or other web resources \\(`))
        expect(reason, name).toContain(`(${firstTarget(page.items[0]?.target)}`)
      }
    }
  })

  it('refuses every incorrect sample, saying what is wrong with it', async () => {
    const incorrect = samplesIn('incorrect')
    expect(incorrect).toHaveLength(39)
    for (const { name, bytes, json } of incorrect) {
      const reason = await refusal(name, bytes)
      if (json === null) expect(reason, name).toMatch(new RegExp(`^${name} is not valid JSON`))
      else if (Object.keys(json).length === 0) expect(reason, name).toMatch(new RegExp(`^${name} is a JSON object of no format Tessera imports`))
      else {
        expect(reason, name).toMatch(new RegExp(`^${name} is not a valid W3C Web Annotation: `))
        const expected = EXPECTED_PROBLEM[String(json.label)]
        if (!expected) throw new Error(`${name}: no expected problem for "${String(json.label)}"`)
        expect(reason, name).toMatch(expected)
      }
    }
  })
})

describe('a W3C file of web-page annotations through the import', () => {
  const tempDir = useTempDirs()
  const cores: Core[] = []
  afterEach(() => cores.splice(0).forEach((core) => core.close()))

  it('fails the file with the web-page reason and stores nothing', async () => {
    const core = await createCore({ projectDir: await tempDir(), resourcesDir: RESOURCES_DIR, author: 'tester' })
    cores.push(core)
    const bytes = readFileSync(join(SAMPLES, 'correct', 'anno26.json'))
    const report = reportInEnglish(await core.call('import.files', { files: [{ name: 'anno26.json', base64: bytes.toString('base64') }] }))
    expect(report.imported).toEqual([])
    expect(report.files).toEqual([])
    expect(report.failed).toHaveLength(1)
    expect(report.failed[0]?.file).toBe('anno26.json')
    expect(report.failed[0]?.reason).toMatch(/^is a single W3C Web Annotation: it points to a web page or other web resource \(http:\/\/example\.org\/page1\), not to a text Tessera holds\./)
    expect(await core.call('documents.list', {})).toEqual([])
  })
})
