/** A project two analysts annotated, for the agreement service and `tessera agreement` (test support only). */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { documentFromText } from '../documents/from-text'
import type { Annotation } from '../shared/model/annotation'
import type { DocumentRecord } from '../shared/model/document'
import { DEFAULT_TAGS, type TagDefinition } from '../shared/model/project'
import { quoteWithContext } from '../shared/text/spans'
import { ProjectStore } from '../store/project-store'

/** The figure tag's label breaks naive CSV: a comma, quotes and a line break. */
export const FIGURE_LABEL = 'Figure, "dead"\nor wounded'

interface Mark {
  author: string
  tag: string
  start: number
  end: number
  attributes?: Annotation['attributes']
}

const TIME = '2024-12-04T10:00:00.000Z'

function annotated(record: DocumentRecord, marks: readonly Mark[]): DocumentRecord {
  return {
    ...record,
    annotations: marks.map((mark, index) => ({
      id: `${record.id}-${index}`,
      tag: mark.tag,
      start: mark.start,
      end: mark.end,
      ...quoteWithContext(record.text, mark.start, mark.end),
      attributes: mark.attributes ?? {},
      note: '',
      author: mark.author,
      createdAt: TIME,
      updatedAt: TIME,
      entityId: null
    }))
  }
}

/**
 * d1 (English) tokens: Army 0–4, forces 5–11, shelled 12–19, Hama 20–24, on 25–27, Tuesday 28–35, "." 35–36.
 * d2 (Arabic) tokens: قال 0–3, الجيش 4–9, إنه 10–13, دخل 14–17, حماة 18–22, "." 22–23.
 * ann: d1 actor 0–11 and claim 0–35 (nesting the actor and the place), place 20–24, figure 28–35 (a tag only
 * ann used); d2 actor 4–9, place 18–22. bob: d1 actor 5–11 (overlaps ann's, not exact), place 20–24, claim
 * 0–35; d2 actor 4–9, actor 18–22 (ann's place, swapped). d3: only ann. d4: no one. With `third`, cat marks
 * d1 as bob did and has not annotated d2.
 */
export async function createAgreementProject(dir: string, { third = false }: { third?: boolean } = {}): Promise<void> {
  const store = await ProjectStore.open(dir, { nameForNew: 'Agreement test' })
  const d1 = annotated(documentFromText('d1.txt', 'Army forces shelled Hama on Tuesday.', {}, 'd1'), [
    { author: 'ann', tag: 'actor', start: 0, end: 11 },
    { author: 'ann', tag: 'claim', start: 0, end: 35, attributes: { stance: 'asserted' } },
    { author: 'ann', tag: 'place', start: 20, end: 24 },
    { author: 'ann', tag: 'figure', start: 28, end: 35 },
    { author: 'bob', tag: 'actor', start: 5, end: 11 },
    { author: 'bob', tag: 'place', start: 20, end: 24 },
    { author: 'bob', tag: 'claim', start: 0, end: 35, attributes: { stance: 'reported' } },
    ...(third
      ? [
          { author: 'cat', tag: 'actor', start: 5, end: 11 },
          { author: 'cat', tag: 'place', start: 20, end: 24 },
          { author: 'cat', tag: 'claim', start: 0, end: 35 }
        ]
      : [])
  ])
  const d2 = annotated(documentFromText('d2.txt', 'قال الجيش إنه دخل حماة.', { language: 'ar' }, 'd2'), [
    { author: 'ann', tag: 'actor', start: 4, end: 9 },
    { author: 'ann', tag: 'place', start: 18, end: 22 },
    { author: 'bob', tag: 'actor', start: 4, end: 9 },
    { author: 'bob', tag: 'actor', start: 18, end: 22 }
  ])
  const d3 = annotated(documentFromText('d3.txt', 'Only one analyst read this.', {}, 'd3'), [{ author: 'ann', tag: 'claim', start: 0, end: 26 }])
  const d4 = documentFromText('d4.txt', 'Nobody read this one.', {}, 'd4')
  await store.addDocuments([d1, d2, d3, d4])
  store.close()
  const projectFile = join(dir, 'project.json')
  const project = JSON.parse(await readFile(projectFile, 'utf8')) as { tags: TagDefinition[] }
  project.tags = DEFAULT_TAGS.map((tag) => (tag.id === 'figure' ? { ...tag, label: FIGURE_LABEL } : tag))
  await writeFile(projectFile, JSON.stringify(project))
}
