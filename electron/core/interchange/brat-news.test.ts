import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { DeclaredEntity, ImportedDocument } from '../import/imported-document'
import type { TagDefinition } from '../shared/model/project'
import { tagsFromAnnotationConf } from './brat-conf-read'
import { bratReader } from './readers'
import { inEnglish } from '../shared/i18n/said'

/**
 * brat's own tutorial (fixtures/brat-news, unchanged from nlplab/brat): every T line comes in at its
 * offsets with its quote, events keep their trigger, attributes on events land on the trigger, notes
 * are kept, and whatever Tessera cannot hold (event arguments, a note on a relation) is reported.
 * Expected values are computed here from the .ann and .txt files themselves.
 */
const DIR = new URL('./fixtures/interop/brat-news/', import.meta.url)
const names = readdirSync(DIR).sort()
const bytes = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(name, DIR)))
const text = (name: string): string => new TextDecoder().decode(bytes(name))
const stems = names.filter((n) => n.endsWith('.ann')).map((n) => n.slice(0, -4))

interface Line {
  id: string
  fields: string[]
  parts: string[]
}
const annLines = (stem: string): Line[] =>
  text(`${stem}.ann`)
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const fields = l.split('\t')
      return { id: fields[0] ?? '', fields, parts: (fields[1] ?? '').split(' ') }
    })

async function read(stem: string): Promise<{ document: ImportedDocument; warnings: string[]; tags: TagDefinition[]; entities: DeclaredEntity[] }> {
  const warnings: string[] = []
  const tags: TagDefinition[] = []
  const entities: DeclaredEntity[] = []
  const [document] = await bratReader.read(`news/${stem}.ann`, bytes(`${stem}.ann`), {
    skipInvalid: false,
    warn: (m) => warnings.push(inEnglish(m)),
    companion: (path) => (names.includes(path) ? bytes(path) : undefined),
    declare: (schema) => {
      tags.push(...schema.tags)
      entities.push(...schema.entities)
    }
  })
  if (!document) throw new Error(`no document for ${stem}`)
  return { document, warnings, tags, entities }
}

/** The span an id names: a T line, or the trigger T of an E line. */
function triggerOf(lines: readonly Line[], ref: string): string {
  const event = lines.find((l) => l.id === ref && ref.startsWith('E'))
  return event ? (event.parts[0]?.split(':')[1] ?? '') : ref
}

describe("brat's news tutorial, read with its annotation.conf", () => {
  it.each(stems)('%s: every T line at its code-point offsets with its quote and type; A, M and # lines on its span', async (stem) => {
    const { document, warnings } = await read(stem)
    const lines = annLines(stem)
    const chars = Array.from(text(`${stem}.txt`))
    const tLines = lines.filter((l) => l.id.startsWith('T'))
    expect(document.offsetUnit).toBe('codepoint')
    expect(document.text).toBe(text(`${stem}.txt`))
    expect(document.annotations.map((a) => [a.id, a.tag, chars.slice(a.start, a.end).join('')])).toEqual(
      tLines.map((l) => [l.id, l.parts[0], l.fields[2]])
    )
    for (const l of tLines) {
      const got = document.annotations.find((a) => a.id === l.id)
      expect([got?.start, got?.end]).toEqual([Number(l.parts[1]), Number(l.parts[2])])
    }
    // Attributes (A and M) on T and E lines land on the span; a value is kept as brat wrote it.
    for (const l of lines.filter((x) => /^[AM]/.test(x.id))) {
      const span = document.annotations.find((a) => a.id === triggerOf(lines, l.parts[1] ?? ''))
      expect(span?.attributes?.[(l.parts[0] ?? '').toLowerCase()]).toBe(l.parts[2] ?? true)
    }
    // Notes on spans and events are the span's note; several on one span are joined by a line break.
    const notes = new Map<string, string[]>()
    for (const l of lines.filter((x) => x.id.startsWith('#'))) {
      const target = triggerOf(lines, l.parts[1] ?? '')
      if (target.startsWith('T')) notes.set(target, [...(notes.get(target) ?? []), l.fields[2] ?? ''])
    }
    for (const a of document.annotations) expect(a.note ?? '').toBe((notes.get(a.id ?? '') ?? []).join('\n'))
    // Every event argument is reported (one line per file, with the count), never dropped in silence.
    const args = lines.filter((l) => l.id.startsWith('E')).reduce((n, l) => n + l.parts.length - 1, 0)
    const argWarning = warnings.find((w) => w.includes('event arguments not kept'))
    if (args === 0) expect(argWarning).toBeUndefined()
    else expect(argWarning).toMatch(new RegExp(`^news/${stem}\\.ann: ${args} event arguments not kept`))
  })

  it('reports the note on a relation (110-note_annotation #3), which Tessera cannot hold, and keeps the Family relation out with a reason', async () => {
    const { document, warnings } = await read('110-note_annotation')
    expect(document.annotations.find((a) => a.id === 'T5')?.note).toBe(
      'Annotate as one merge event with three participants or two events with two participants each?'
    )
    expect(document.annotations.find((a) => a.id === 'T1')?.note).toBe('Should fictional places be annotated?')
    expect(warnings).toContain('news/110-note_annotation.ann: 1 notes not on a span (a relation, attribute or normalisation) not kept (#3 on R1).')
    expect(warnings).toContain(
      'news/110-note_annotation.ann: 2 relations of a type Tessera does not have (attributed-to, stated-in) not kept (R1 Family, R2 Family).'
    )
  })

  it('attributes on events no longer refuse the file: 100-attribute_annotation puts Confidence on the trigger spans', async () => {
    const { document } = await read('100-attribute_annotation')
    const confidence = Object.fromEntries(document.annotations.filter((a) => a.attributes?.confidence).map((a) => [a.id, a.attributes?.confidence]))
    expect(confidence).toEqual({ T17: 'Neutral', T18: 'Low', T19: 'Neutral', T21: 'High', T20: 'Neutral' })
    expect(document.annotations.find((a) => a.id === 'T1')?.attributes).toEqual({ individual: true })
  })

  it("annotation.conf: event types are tags, and attributes declared with Arg:<ENTITY> or Arg:<EVENT> reach every such type (the tutorial's conf separates them by spaces)", () => {
    const tags = tagsFromAnnotationConf(text('annotation.conf'))
    const byLabel = Object.fromEntries(tags.map((t) => [t.label, t.attributes.map((a) => `${a.id}:${a.type}`)]))
    const entity = ['individual:flag', 'mention:choice']
    const event = ['negation:flag', 'confidence:choice']
    expect(byLabel).toEqual({
      Person: entity,
      Organization: entity,
      GPE: entity,
      Money: entity,
      ...Object.fromEntries(
        ['Be-born', 'Marry', 'Divorce', 'Die', 'Transfer-ownership', 'Transfer-money', 'Start-org', 'Merge-org', 'End-org', 'Report'].map((e) => [e, event])
      )
    })
    expect(tags.find((t) => t.label === 'Report')?.attributes.find((a) => a.id === 'confidence')).toMatchObject({ values: ['High', 'Neutral', 'Low'] })
  })
})

describe('brat lines beyond T, on small files made here', () => {
  const readSmall = async (ann: string, txt: string, conf?: string) => {
    const files: Record<string, string> = { 'a.txt': txt, ...(conf ? { 'annotation.conf': conf } : {}) }
    const warnings: string[] = []
    const entities: DeclaredEntity[] = []
    const [document] = await bratReader.read('f/a.ann', new TextEncoder().encode(ann), {
      skipInvalid: false,
      warn: (m) => warnings.push(inEnglish(m)),
      companion: (path) => (files[path] === undefined ? undefined : new TextEncoder().encode(files[path])),
      declare: (schema) => entities.push(...schema.entities)
    })
    return { document, warnings, entities }
  }

  it('* equivalences link their mentions to one entity, named after the first in the text, the others its aliases', async () => {
    const txt = 'Bob Smith met Ann. Smith said Robert would go.'
    const ann = ['T1\tPerson 0 9\tBob Smith', 'T2\tPerson 14 17\tAnn', 'T3\tPerson 19 24\tSmith', 'T4\tPerson 30 36\tRobert', '*\tAlias T3 T4', '*\tAlias T1 T3'].join('\n')
    const { document, entities } = await readSmall(ann, txt)
    const ids = Object.fromEntries(document?.annotations.map((a) => [a.id, a.entityId]) ?? [])
    expect(ids.T1).toBeTruthy()
    expect([ids.T3, ids.T4]).toEqual([ids.T1, ids.T1])
    expect(ids.T2).toBeNull()
    expect(entities).toEqual([expect.objectContaining({ id: ids.T1, name: 'Bob Smith', type: 'Person', aliases: ['Smith', 'Robert'] })])
  })

  it('several notes on one span are joined; M lines are attributes; a foreign N normalisation becomes an entity named by the N line', async () => {
    const txt = 'Google bought it.'
    const ann = [
      'T1\tOrganization 0 6\tGoogle',
      '#1\tAnnotatorNotes T1\tfirst\\nline',
      '#2\tAnnotatorNotes T1\tsecond',
      'M1\tNegation T1',
      'N1\tReference T1 Wikipedia:1092923\tGoogle LLC'
    ].join('\n')
    const { document, entities, warnings } = await readSmall(ann, txt)
    const [t1] = document?.annotations ?? []
    expect(t1?.note).toBe('first\nline\nsecond')
    expect(t1?.attributes).toEqual({ Negation: true })
    expect(entities).toEqual([expect.objectContaining({ id: 'Wikipedia:1092923', name: 'Google LLC', type: 'Organization' })])
    expect(t1?.entityId).toBe('Wikipedia:1092923')
    expect(warnings).toEqual([])
  })

  it('an attribute naming an id absent from the file still refuses it, naming the line', async () => {
    await expect(readSmall('T1\tX 0 1\ta\nA1\tNeg E9', 'a')).rejects.toThrow(/^f\/a\.ann:2 refers to E9, which is not a T or E line of this file\./)
  })
})
