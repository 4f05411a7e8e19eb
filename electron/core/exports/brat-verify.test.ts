import { describe, expect, it } from 'vitest'
import { documentFromText } from '../documents/from-text'
import { entityDirectory } from '../entities/export-access'
import type { Annotation } from '../shared/model/annotation'
import type { Entity } from '../shared/model/entity'
import { DEFAULT_TAGS } from '../shared/model/project'
import type { RelationTypeDefinition } from '../shared/model/relation-types'
import { annFile } from './formats/brat'
import { annotationConf, bratAttributes, toolsConf } from './formats/brat-conf'

/**
 * brat's own checks, restated (brat is Python and not a dependency). From nlplab/brat
 * server/src/verify_annotations.py and projectconfig.py:
 * - verify_entity_overlap: for every ordered pair of text-bound entities whose spans overlap
 *   (`a2.start < a1.end and a2.end > a1.start`): identical spans need `spans_can_be_equal(t1, t2)`
 *   ("has identical span with"), a span inside another needs `span_can_contain` ("cannot contain" /
 *   "cannot be contained in"), any other overlap needs `spans_can_cross` ("crossing span").
 * - overlap_types(t1, t2): the `<OVL-TYPE>` values of the `<OVERLAP>` lines of [relations] whose Arg1
 *   takes t1 and Arg2 takes t2 (`<ANY>` takes every type). `contain`/`equal`/`cross` allow that case,
 *   `<ANY>` allows all; without a line nothing is allowed. span_can_contain(outer, inner) also looks at
 *   (inner, outer) for `<ANY>`; equal and cross look both ways.
 * - verify_annotation_types: every T type is a declared entity (or event) type, every R type a relation.
 * - verify_relation (arg types): each R argument's entity type is one its relation's Arg1/Arg2 takes
 *   (`<ENTITY>` or `<ANY>` takes every entity type): "Error: <type> argument Arg1 cannot be of type <t>".
 * - get_normalization_config: a [normalization] entry of tools.conf needs `<URL>`, else brat skips it;
 *   an N line names a DB declared there.
 */
type Sections = Record<string, string[][]>
function parseConf(conf: string): Sections {
  const sections: Sections = {}
  let current = ''
  for (const raw of conf.split('\n')) {
    const hash = raw.indexOf('#')
    const line = (hash === -1 ? raw : raw.slice(0, hash)).trim()
    const header = /^\[(\w+)\]$/.exec(line)
    if (header?.[1]) current = header[1]
    else if (line) (sections[current] ??= []).push(line.split(/\s+/))
  }
  return sections
}

function overlapTypes(sections: Sections, t1: string, t2: string): Set<string> {
  const types = new Set<string>()
  for (const [name, ...args] of sections.relations ?? []) {
    if (name !== '<OVERLAP>') continue
    const arg = (role: string) => args.find((a) => a.startsWith(`${role}:`))?.replace(/,$/, '').slice(role.length + 1).split('|') ?? []
    const takes = (role: string, type: string) => arg(role).includes(type) || arg(role).includes('<ANY>')
    if (takes('Arg1', t1) && takes('Arg2', t2)) for (const v of arg('<OVL-TYPE>')) types.add(v)
  }
  return types
}
/** The types a [relations] line takes for `role` ("Arg1:claim|actor," → claim, actor). */
function argTypes(line: string[], role: string): string[] {
  return line.find((a) => a.startsWith(`${role}:`))?.replace(/,$/, '').slice(role.length + 1).split('|') ?? []
}
const allows = (s: Sections, kind: 'contain' | 'equal' | 'cross', a: string, b: string) => {
  const ab = overlapTypes(s, a, b)
  const ba = overlapTypes(s, b, a)
  if (kind === 'contain') return ab.has('contain') || ab.has('<ANY>') || ba.has('<ANY>')
  return ab.has(kind) || ab.has('<ANY>') || ba.has(kind) || ba.has('<ANY>')
}

interface Span {
  id: string
  type: string
  start: number
  end: number
}
/** brat's verify_annotation for the checks above: the issues it would print, as brat words them. */
function verify(ann: string, conf: string, tools: string): string[] {
  const sections = parseConf(conf)
  const entityTypes = new Set((sections.entities ?? []).map(([n = '']) => n))
  const relationTypes = new Set((sections.relations ?? []).map(([n = '']) => n))
  const databases = new Set((parseConf(tools).normalization ?? []).filter((f) => f.some((a) => a.startsWith('<URL>:'))).map(([n = '']) => n))
  const spans: Span[] = []
  const issues: string[] = []
  const relationLines: { id: string; type: string; args: string[] }[] = []
  for (const line of ann.split('\n').filter(Boolean)) {
    const [id = '', spec = ''] = line.split('\t')
    const [type = '', ...rest] = spec.split(' ')
    if (id.startsWith('T')) {
      const pairs = rest.join(' ').split(';').map((p) => p.split(' ').map(Number))
      spans.push({ id, type, start: pairs[0]?.[0] ?? 0, end: pairs.at(-1)?.[1] ?? 0 })
      if (!entityTypes.has(type)) issues.push(`${id}: Error: ${type} is not a known textbound type`)
    } else if (id.startsWith('R') && !relationTypes.has(type)) issues.push(`${id}: Error: ${type} is not a known relation type`)
    else if (id.startsWith('R')) relationLines.push({ id, type, args: rest })
    else if (id.startsWith('N') && !databases.has((rest[1] ?? '').split(':')[0] ?? '')) issues.push(`${id}: normalisation DB not in tools.conf`)
  }
  for (const { id, type, args } of relationLines) {
    for (const arg of args) {
      const [role = '', target = ''] = arg.split(':')
      const targetType = spans.find((s) => s.id === target)?.type ?? ''
      const declared = (sections.relations ?? []).filter(([n]) => n === type).flatMap((line) => argTypes(line, role))
      if (!declared.some((t) => t === targetType || t === '<ENTITY>' || t === '<ANY>')) issues.push(`${id}: Error: ${type} argument ${role} cannot be of type ${targetType}`)
    }
  }
  for (const a1 of spans) {
    for (const a2 of spans) {
      if (a1 === a2 || !(a2.start < a1.end && a2.end > a1.start)) continue
      if (a1.start === a2.start && a1.end === a2.end) {
        if (!allows(sections, 'equal', a1.type, a2.type)) issues.push(`${a1.id}: Error: ${a1.type} has identical span with ${a2.type} ${a2.id}`)
      } else if (a1.start <= a2.start && a1.end >= a2.end) {
        if (!allows(sections, 'contain', a1.type, a2.type)) issues.push(`${a1.id}: Error: ${a1.type} cannot contain ${a2.type} (${a2.id})`)
      } else if (a2.start <= a1.start && a2.end >= a1.end) {
        if (!allows(sections, 'contain', a2.type, a1.type)) issues.push(`${a1.id}: Error: ${a1.type} cannot be contained in ${a2.type} (${a2.id})`)
      } else if (!allows(sections, 'cross', a1.type, a2.type)) issues.push(`${a1.id}: Error: annotation cannot have crossing span with ${a2.id}`)
    }
  }
  return issues
}

const TEXT = 'Officials said the army would hold Hama 🙂 for weeks.\n\nNothing else.'
function span(id: string, tag: string, quote: string, entityId: string | null = null): Annotation {
  const start = TEXT.indexOf(quote)
  const time = '2024-12-04T10:00:00.000Z'
  return { id, tag, start, end: start + quote.length, quote, prefix: '', suffix: '', attributes: {}, note: '', author: 'a', createdAt: time, updatedAt: time, entityId }
}
const ARMY: Entity = { id: 'entity-army', name: 'Syrian Arab Army', type: 'actor', aliases: [], note: '', coordinates: null, createdAt: '', updatedAt: '' }
const document = {
  ...documentFromText('t.txt', TEXT, { title: 't' }, 'doc-t'),
  annotations: [
    span('claim', 'claim', 'said the army would hold Hama 🙂'),
    span('actor', 'actor', 'the army', 'entity-army'),
    span('place', 'place', 'Hama'),
    span('same-place', 'actor', 'Hama'),
    span('crossing', 'figure', 'hold Hama 🙂 for weeks')
  ],
  relations: [{ id: 'r1', type: 'attributed-to' as const, from: 'claim', to: 'actor', author: 'a', createdAt: '2024-12-04T10:00:00.000Z' }]
}

describe("the brat export passes the rules of brat's verify_annotations", () => {
  const ann = annFile(document, bratAttributes(DEFAULT_TAGS), entityDirectory([ARMY]))

  it('nested (an actor inside a claim), crossing and identical spans are allowed by the exported annotation.conf', () => {
    expect(verify(ann, annotationConf(DEFAULT_TAGS), toolsConf())).toEqual([])
  })

  it('the same .ann under a conf without the <OVERLAP> line gives the errors brat gave before (the rule restated here can fail)', () => {
    const withoutOverlap = annotationConf(DEFAULT_TAGS)
      .split('\n')
      .filter((l) => !l.startsWith('<OVERLAP>'))
      .join('\n')
    const issues = verify(ann, withoutOverlap, '')
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Error: claim cannot contain actor/),
        expect.stringMatching(/Error: actor cannot be contained in claim/),
        expect.stringMatching(/Error: place has identical span with actor/),
        expect.stringMatching(/Error: annotation cannot have crossing span with/),
        expect.stringMatching(/^N1: normalisation DB not in tools\.conf/)
      ])
    )
  })

  it('tools.conf declares the normalisation DB the N lines name, with the <URL> brat requires', () => {
    expect(ann).toMatch(/^N1\tReference T\d+ Tessera:entity-army\tSyrian Arab Army$/m)
    expect(toolsConf()).toMatch(/^\[normalization\]\nTessera\tDB:<NONE>, <URL>:about:blank$/m)
  })
})

describe('project relation types pass the same verifier', () => {
  const types: RelationTypeDefinition[] = [
    { id: 'located-at', label: 'located at', from: ['actor'], to: ['place'], directed: true, crossDocument: false },
    { id: 'contradicts', label: 'contradicts', from: ['claim'], to: ['claim', 'figure'], directed: false, crossDocument: true }
  ]
  const time = '2024-12-04T10:00:00.000Z'
  const withRelations = {
    ...document,
    relations: [
      { id: 'r2', type: 'located-at', from: 'actor', to: 'place', author: 'a', createdAt: time },
      // Symmetric, stored target-first: a figure as Arg1 of contradicts.
      { id: 'r3', type: 'contradicts', from: 'crossing', to: 'claim', author: 'a', createdAt: time }
    ]
  }
  const ann = annFile(withRelations, bratAttributes(DEFAULT_TAGS), entityDirectory([ARMY]))

  it('R lines of project types, directed and symmetric either way round, are declared with the argument tags they use', () => {
    expect(ann).toMatch(/^R1\tlocated-at Arg1:T\d+ Arg2:T\d+$/m)
    expect(verify(ann, annotationConf(DEFAULT_TAGS, types), toolsConf())).toEqual([])
  })

  it('the verifier names an argument of the wrong type, and an undeclared relation type (so the check above can fail)', () => {
    const reversed = annotationConf(DEFAULT_TAGS, [{ ...types[0] as RelationTypeDefinition, from: ['place'], to: ['actor'] }, types[1] as RelationTypeDefinition])
    expect(verify(ann, reversed, toolsConf())).toEqual(expect.arrayContaining([expect.stringMatching(/R1: Error: located-at argument Arg1 cannot be of type actor/)]))
    expect(verify(ann, annotationConf(DEFAULT_TAGS), toolsConf())).toEqual(expect.arrayContaining([expect.stringMatching(/R1: Error: located-at is not a known relation type/)]))
  })
})
