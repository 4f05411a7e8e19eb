import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createAgreementProject, FIGURE_LABEL } from '../core/testing/agreement-project'
import type { ProjectAgreement } from '../core/shared/model/agreement'
import { ONE_ERROR_LINE, startCli, tessera } from './testing/run-cli'

/** The project of testing/agreement-project.ts: ann and bob on d1 (English) and d2 (Arabic); d3 only ann, d4 no one. */
let dir: string
let project: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-agreement-'))
  project = join(dir, 'project')
  await createAgreementProject(project)
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('tessera agreement', () => {
  it('prints a table per tag with the method next to each figure, and what it left out', async () => {
    const run = await tessera('agreement', '--project', project)
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(run.stdout).toContain('Annotators: ann, bob\n')
    expect(run.stdout).toContain('Sample: 2 documents, 13 tokens, 59 characters; spans: ann 6, bob 5\n')
    expect(run.stdout).toContain('Left out: d3 (fewer than two of the annotators annotated it), d4 (fewer than two of the annotators annotated it)\n')
    const [, allTags = '', actor = ''] = run.stdout.split(/\n\n/)
    expect(allTags).toMatch(/^All tags\n/)
    // 6/11 F1 over all tags, on 11 spans, the method in full beside it.
    expect(allTags).toMatch(/F1, exact +ann – bob +0\.545 +11 spans +F1, span match, exact \(same start, end and tag\)\n/)
    expect(actor).toMatch(/^Actor \(actor\)\n/)
    // The figure tag's label is one line in the table, and its undefined precision says why.
    expect(run.stdout).toContain('Figure, "dead" or wounded (figure)\n')
    expect(run.stdout).toMatch(/precision, exact +ann – bob +not defined: nothing to compare +0 spans/)
    expect(run.stdout).toContain('Disagreements: 3 ')
    expect(run.stdout).toContain('Tags swapped (ann – bob): place → actor 1\n')
  })

  it('prints the whole result with --json, limited to the tags and documents asked for', async () => {
    const run = await tessera('agreement', '--project', project, '--json', '--tags', 'place,actor', '--documents', 'd2,d3', '--annotators', 'bob,ann')
    expect(run.code).toBe(0)
    const result = JSON.parse(run.stdout) as ProjectAgreement
    expect(result.annotators).toEqual(['bob', 'ann'])
    expect(result.tags.map((tag) => tag.id)).toEqual(['actor', 'place'])
    expect(result.documentsUsed).toEqual(['d2'])
    expect(result.documentsLeftOut).toEqual([{ documentId: 'd3', why: 'fewer-than-two-annotators', annotators: ['ann'] }])
    // d2: bob actor 4–9 and 18–22, ann actor 4–9 and place 18–22: one exact pair of four spans.
    expect(result.pairs[0]?.spanExact.f1.overall.value).toBeCloseTo(2 / 4, 10)
    expect(result.disagreements).toEqual([
      { documentId: 'd2', start: 18, end: 22, versions: { bob: [{ start: 18, end: 22, tag: 'actor' }], ann: [{ start: 18, end: 22, tag: 'place' }] }, kinds: ['tag'], missing: [] }
    ])
  })

  it('writes a CSV whose rows survive a tag label with a comma, quotes and a line break', async () => {
    const csv = join(dir, 'agreement.csv')
    const run = await tessera('agreement', '--project', project, '--csv', csv)
    expect(run.code).toBe(0)
    expect(run.stderr).toBe(`Wrote ${csv}\n`)
    const rows = parse(await readFile(csv, 'utf8'), { bom: true, columns: true }) as Record<string, string>[]
    const figureRows = rows.filter((row) => row.tag_id === 'figure')
    expect(figureRows.length).toBeGreaterThan(0)
    for (const row of figureRows) expect(row.tag_label).toBe(FIGURE_LABEL)
    expect(rows.find((row) => row.tag_id === '' && row.measure === 'F1, exact')).toMatchObject({
      tag_label: '(all tags)',
      annotators: 'ann & bob',
      value: String(6 / 11),
      n: '11',
      unit: 'spans',
      method: 'F1, span match, exact (same start, end and tag)',
      not_defined: ''
    })
    expect(rows.find((row) => row.tag_id === 'figure' && row.measure === 'precision, exact')).toMatchObject({ value: '', n: '0', not_defined: 'no-data' })
    expect(rows.find((row) => row.tag_id === 'claim' && row.measure === 'Stance (stance): observed agreement')).toMatchObject({ value: '0', n: '1', unit: 'span pairs' })
  })

  it('writes a Markdown report: method, sample, figures per tag, and the undefined ones with why', async () => {
    const markdown = join(dir, 'agreement.md')
    expect((await tessera('agreement', '--project', project, '--markdown', markdown)).code).toBe(0)
    const report = await readFile(markdown, 'utf8')
    expect(report).toMatch(/^# Inter-annotator agreement: Agreement test\n\n## Method\n\n2 annotators \(ann, bob\) were compared/)
    expect(report).toContain('2 documents, 13 tokens, 59 characters; spans per annotator: ann 6, bob 5. Left out: `d3` (fewer than two of the annotators annotated it), `d4`')
    expect(report).toContain('| F1, exact | ann – bob | 0.545 | 11 spans | F1, span match, exact (same start, end and tag) |')
    // The label's line break cannot break the heading.
    expect(report).toContain('### Figure, "dead" or wounded (`figure`)\n')
    expect(report).toContain('## Not defined\n')
    expect(report).toContain('- Figure, "dead" or wounded, precision, exact (ann – bob): nothing to compare')
  })

  it('speaks Arabic with Arabic-Indic digits when the locale is Arabic', async () => {
    const run = await startCli(['agreement', '--project', project], { env: { TESSERA_LANG: 'ar' } }).done
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('كل الأوسام')
    expect(run.stdout).toContain('٠٫٥٤٥')
  })

  it('names the problem and exits non-zero for an unknown annotator, an unknown tag, an unknown document or one annotator', async () => {
    const cases: [string[], string][] = [
      [['--annotators', 'ann,zoë'], 'There are no annotations by "zoë" in these documents. The annotators are: ann, bob.'],
      [['--tags', 'claim,claims'], 'There is no tag "claims" in this project.'],
      [['--documents', 'd1,nope'], 'No document with id nope in this project.'],
      [['--annotators', 'ann'], 'only one is chosen: ann'],
      [['--documents', 'd3'], 'only ann has annotated these documents']
    ]
    for (const [options, message] of cases) {
      const run = await tessera('agreement', '--project', project, ...options)
      expect(run.code, options.join(' ')).not.toBe(0)
      expect(run.stderr).toMatch(ONE_ERROR_LINE)
      expect(run.stderr).toContain(message)
      expect(run.stdout).toBe('')
    }
  })
})
