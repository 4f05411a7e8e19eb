import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCore } from '../core/core'
import { createAgreementProject } from '../core/testing/agreement-project'
import { RESOURCES_DIR } from '../core/testing/helpers'
import { tessera } from './testing/run-cli'

/** The app's downloads (`agreement.report`) and the CLI's --csv / --markdown files are the same bytes for the same selection. */
let dir: string
let project: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-agreement-report-'))
  project = join(dir, 'project')
  await createAgreementProject(project)
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('agreement.report', () => {
  it('returns the CLI’s CSV and Markdown files byte for byte, for the same annotators, tags and documents', async () => {
    const csv = join(dir, 'agreement.csv')
    const markdown = join(dir, 'agreement.md')
    const run = await tessera('agreement', '--project', project, '--annotators', 'bob,ann', '--tags', 'place,actor,claim', '--documents', 'd1,d2,d3', '--csv', csv, '--markdown', markdown)
    expect(run.code).toBe(0)
    const core = await createCore({ projectDir: project, resourcesDir: RESOURCES_DIR, author: 'tester', readOnly: true })
    try {
      const selection = { annotators: ['bob', 'ann'], tags: ['place', 'actor', 'claim'], documentIds: ['d1', 'd2', 'd3'] }
      const csvFile = await core.call('agreement.report', { ...selection, format: 'csv' })
      const markdownFile = await core.call('agreement.report', { ...selection, format: 'markdown' })
      expect(csvFile).toMatchObject({ mimeType: 'text/csv', encoding: 'utf8' })
      expect(csvFile.fileName).toMatch(/-agreement\.csv$/)
      expect(Buffer.from(csvFile.content, 'utf8').equals(await readFile(csv))).toBe(true)
      expect(markdownFile.fileName).toMatch(/-agreement\.md$/)
      expect(Buffer.from(markdownFile.content, 'utf8').equals(await readFile(markdown))).toBe(true)
    } finally {
      await core.close()
    }
  })

  it('refuses a selection the figures cannot rest on, naming it, as agreement.compute does', async () => {
    const core = await createCore({ projectDir: project, resourcesDir: RESOURCES_DIR, author: 'tester', readOnly: true })
    try {
      await expect(core.call('agreement.report', { annotators: ['ann', 'zoe'], format: 'csv' })).rejects.toThrow(/zoe/)
    } finally {
      await core.close()
    }
  })
})
