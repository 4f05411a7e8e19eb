import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createExportCorpus, type ExportCorpus } from '../testing/export-corpus'
import { exportFile } from '../testing/export-file'
import { useTempDirs } from '../testing/helpers'

const tempDir = useTempDirs()
let corpus: ExportCorpus
beforeAll(async () => {
  corpus = await createExportCorpus(await tempDir())
})
afterAll(() => corpus.core.close())

describe('a figure’s qualifier and bounds in the JSONL export', () => {
  it('declares them in the Figure tag’s schema and carries them on the figure', async () => {
    const lines = (await exportFile(corpus.core, { format: 'jsonl' })).content
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
    const header = lines[0] as { tags: { id: string; attributes: { id: string; type: string; values?: string[] }[] }[] }
    const figureTag = header.tags.find((t) => t.id === 'figure')
    expect(figureTag?.attributes.find((a) => a.id === 'qualifier')).toMatchObject({ type: 'choice', values: ['exact', 'at least', 'at most', 'about', 'range'] })
    expect(figureTag?.attributes.find((a) => a.id === 'value_max')).toMatchObject({ type: 'number' })
    const annotations = lines.slice(1).flatMap((d) => (d as { annotations: { id: string; attributes: Record<string, unknown> }[] }).annotations)
    expect(annotations.find((a) => a.id === 'a-figure')?.attributes).toEqual({ value: 1200, qualifier: 'range', value_max: 1500, counted: 'dead' })
  })
})
