import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createExportCorpus, type ExportCorpus } from '../testing/export-corpus'
import { useTempDirs } from '../testing/helpers'
import { exportFile } from '../testing/export-file'

const tempDir = useTempDirs()
let corpus: ExportCorpus
beforeAll(async () => {
  corpus = await createExportCorpus(await tempDir())
})
afterAll(() => corpus.core.close())

interface Line {
  type: string
  id: string
  annotations: { id: string; tag: string; author: string }[]
  relations: { id: string }[]
}
async function exported(options: Record<string, unknown>): Promise<Line[]> {
  const { content } = await exportFile(corpus.core, { format: 'jsonl', ...options })
  return content.trimEnd().split('\n').map((l) => JSON.parse(l) as Line).filter((l) => l.type === 'document')
}

describe('choosing what to export', () => {
  it('selects documents by id, status and outlet, every criterion at once', async () => {
    expect((await exported({})).map((d) => d.id)).toEqual(['doc-hama', 'doc-ar', 'doc-same'])
    expect((await exported({ documents: { ids: ['doc-same', 'doc-ar'] } })).map((d) => d.id)).toEqual(['doc-ar', 'doc-same'])
    expect((await exported({ documents: { statuses: ['done', 'in-progress'] } })).map((d) => d.id)).toEqual(['doc-hama', 'doc-ar'])
    expect((await exported({ documents: { outlets: ['Shafaq News'], statuses: ['not-started'] } })).map((d) => d.id)).toEqual(['doc-same'])
  })

  it('keeps only the chosen tags and annotators, and only relations whose two ends stay', async () => {
    const [claimsOnly] = await exported({ tags: ['claim', 'place'] })
    expect(new Set(claimsOnly?.annotations.map((a) => a.tag))).toEqual(new Set(['claim', 'place']))
    expect(claimsOnly?.relations).toEqual([])
    const [withActor] = await exported({ tags: ['claim', 'actor'] })
    expect(withActor?.relations.map((r) => r.id)).toEqual(['r-1'])
    const [second] = await exported({ authors: ['Second, "B"'] })
    expect(second?.annotations.map((a) => a.id)).toEqual(['a-quote'])
  })

  it('says so when asked for UTF-16 offsets in a format that fixes its unit, or for a tag that does not exist', async () => {
    await expect(exportFile(corpus.core, { format: 'w3c', offsetUnit: 'utf16' })).rejects.toThrow(/w3c offsets are always code points/)
    await expect(exportFile(corpus.core, { format: 'jsonl', tags: ['rumour'] })).rejects.toThrow(/No tag "rumour"/)
  })

  it('reports progress over every pass a format makes, ending at the total', async () => {
    const seen: { done: number; total: number }[] = []
    await exportFile(corpus.core, { format: 'w3c' }, (progress) => seen.push(progress))
    expect(seen.at(-1)).toEqual({ done: 6, total: 6 })
    expect(seen.map((p) => p.done)).toEqual([...seen.map((p) => p.done)].sort((a, b) => a - b))
  })

  it('offers the outlets, annotators and statuses there are to choose from', async () => {
    // Every document of the corpus names its outlet; one without would be offered as the empty outlet.
    expect(await corpus.core.call('export.choices', {})).toEqual({
      outlets: ['SANA', 'Shafaq News'],
      authors: ['Analyst, "R"', 'Second, "B"'],
      statuses: [{ status: 'done', count: 1 }, { status: 'in-progress', count: 1 }, { status: 'not-started', count: 1 }]
    })
  })
})
