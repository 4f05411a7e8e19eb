import { afterEach, describe, expect, it } from 'vitest'
import type { Core } from '../../core'
import { useTempDirs } from '../../testing/helpers'
import { reportInEnglish } from '../../testing/report-in-english'
import { useWarmImportWorkers } from '../worker/testing'
import { anchorSpan } from './anchor-span'
import { layerFile, openAgreementCore } from './layer-test-support'

const tempDir = useTempDirs()
const cores: Core[] = []
afterEach(() => cores.splice(0).forEach((core) => core.close()))
useWarmImportWorkers()

const ARTICLE = [
  'Rebels Gain Ground in Syria',
  'Damascus, Dec 1 (NationPress)',
  'Syrian government forces regrouped north of Hama on Sunday after two days of heavy fighting with armed factions, according to officials in Damascus and residents of nearby villages.',
  'The army said reinforcements had reached the front lines east of the city, while opposition groups claimed to have taken several hills overlooking the main highway to Aleppo.',
  'Hospitals in the province reported dozens of wounded civilians, and aid agencies warned that thousands of families were fleeing south towards Homs as the shelling continued through the night.',
  'Residents said bakeries in the city had closed for a second day and that queues for fuel stretched for several kilometres along the road to the west, where checkpoints slowed every car.',
  'A spokesman for the governor said the situation was under control and that schools would reopen on Wednesday, a claim that teachers contacted by telephone said they doubted.'
].join('\n\n')
/** The colleague's copy: a wire edit early in the body shifts every later offset by the inserted words. */
const EDITED = ARTICLE.replace('Syrian government forces regrouped', 'Syrian government and allied forces regrouped')
const SHIFT = ' and allied'.length

describe('import.files as a layer, into a near-duplicate', () => {
  it('matches the project\'s version by the near-duplicate detector, reports the similarity, and moves each span to where its text is', async () => {
    const core = await openAgreementCore(await tempDir())
    cores.push(core)
    const imported = await core.call('import.files', { files: [{ name: 'hama.txt', base64: Buffer.from(ARTICLE).toString('base64') }] })
    const documentId = imported.imported[0]?.documentId ?? ''
    const project = await core.call('documents.get', { documentId })
    const at = (quote: string): [number, number] => [EDITED.indexOf(quote), EDITED.indexOf(quote) + quote.length]
    const [homsStart, homsEnd] = at('Homs')
    const [alliedStart, alliedEnd] = at('allied forces')
    const [hamaStart, hamaEnd] = at('Hama')
    const file = layerFile('cat.jsonl', [
      {
        id: 'their-copy',
        text: EDITED,
        annotations: [
          { tag: 'place', start: homsStart, end: homsEnd, author: 'cat' },
          { tag: 'place', start: hamaStart, end: hamaEnd, author: 'cat' },
          // Only in their copy: left out, reported.
          { tag: 'actor', start: alliedStart, end: alliedEnd, author: 'cat' }
        ]
      }
    ])
    const report = reportInEnglish(await core.call('import.files', { files: [file], options: { allowDuplicates: false, skipInvalid: false, addNewTags: false, asLayer: true } }))
    expect(report.failed).toEqual([])
    expect(report.layers).toHaveLength(1)
    expect(report.layers[0]).toMatchObject({ documentId, matchedBy: 'near-duplicate', added: 2 })
    expect(report.layers[0]?.similarity).toBeGreaterThanOrEqual(0.9)
    expect(report.layers[0]?.similarity).toBeLessThan(1)
    const stored = (await core.call('documents.get', { documentId })).annotations
    expect(stored.map((a) => [a.quote, a.start, a.end])).toEqual([
      ['Homs', homsStart - SHIFT, homsEnd - SHIFT],
      ['Hama', project.text.indexOf('Hama'), project.text.indexOf('Hama') + 4]
    ])
    expect(stored.every((a) => project.text.slice(a.start, a.end) === a.quote)).toBe(true)
    expect(report.warnings).toContain(`cat.jsonl:2: left out the actor span ${alliedStart}–${alliedEnd}: its text "allied forces" is not found near that place in the project's version of "Rebels Gain Ground in Syria".`)
    expect(report.warnings).toContain('cat.jsonl:2: the text of "Rebels Gain Ground in Syria" differs from the file\'s; 2 spans were found by their text and moved.')
  })
})

describe('anchorSpan', () => {
  const context = (text: string, start: number, end: number) => ({ start, end, quote: text.slice(start, end), prefix: text.slice(Math.max(0, start - 8), start), suffix: text.slice(end, end + 8) })

  it('takes the one occurrence whose context matches when the quote occurs several times nearby', () => {
    const file = 'Hama fell. Troops left Hama at dawn.'
    const project = 'Hama fell today. Troops left Hama at dawn.'
    expect(anchorSpan(context(file, 23, 27), file.length, project)).toEqual({ kind: 'found', start: 29, end: 33 })
  })

  it('compares the context with white space collapsed, as a prose import re-flows lines', () => {
    const file = 'They were moving\n   money. Banks kept moving it; others were moving out.'
    const project = 'They were moving money. Banks kept moving it; others were moving out.'
    const start = file.indexOf('moving it')
    expect(anchorSpan(context(file, start, start + 6), file.length, project)).toEqual({ kind: 'found', start: project.indexOf('moving it'), end: project.indexOf('moving it') + 6 })
  })

  it('reports a quote that occurs several times nearby with no context telling which, rather than guess', () => {
    const file = 'in Hama, in Hama.'
    const project = 'Yes: in Hama, in Hama, in Hama.'
    expect(anchorSpan({ start: 3, end: 7, quote: 'Hama', prefix: 'xx ', suffix: ' yy' }, file.length, project)).toEqual({ kind: 'ambiguous', count: 3 })
  })

  it('does not look far away: a quote found only beyond the reach is not found', () => {
    const far = `${'x'.repeat(5_000)}Hama`
    expect(anchorSpan({ start: 0, end: 4, quote: 'Hama', prefix: '', suffix: '' }, far.length, far)).toEqual({ kind: 'not-found' })
  })
})
