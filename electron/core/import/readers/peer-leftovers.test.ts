import { describe, expect, it } from 'vitest'
import { readThroughRegistry } from '../../testing/import-fixtures'

/**
 * What doccano, Prodigy/spaCy and Label Studio files hold beyond labelled spans is never dropped in
 * silence: each kind left out has its line in the report, with its count.
 */
const bytes = (text: string) => new TextEncoder().encode(text)
const slice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('')

describe('Prodigy and spaCy JSONL (spans as {start, end, label})', () => {
  it('reads the spans in code points, and takes a rejected or ignored example without its spans, reported', async () => {
    const text = '🙂 The army entered Hama.'
    const army = [2, 10] as const
    const lines = [
      { text, spans: [{ start: army[0], end: army[1], label: 'ACTOR', token_start: 1, token_end: 2 }], answer: 'accept', _view_id: 'ner_manual', _session_id: 'x' },
      { text: 'Rebels fled.', spans: [{ start: 0, end: 6, label: 'ACTOR' }], answer: 'reject', _view_id: 'ner_manual' },
      { text: 'Quiet day.', spans: [], answer: 'ignore' }
    ]
    const { format, documents, warnings } = await readThroughRegistry('prodigy.jsonl', bytes(lines.map((l) => JSON.stringify(l)).join('\n')))
    expect(format).toBe('doccano')
    expect(documents.map((d) => d.text)).toEqual([text, 'Rebels fled.', 'Quiet day.'])
    expect(documents[0]?.annotations.map((a) => [a.tag, slice(text, a.start, a.end)])).toEqual([['ACTOR', 'The army']])
    expect(documents[1]?.annotations).toEqual([])
    expect(warnings).toEqual(['prodigy.jsonl: imported the text of 1 example(s) answered "reject" or "ignore" (Prodigy) without their spans, which the annotator did not accept.'])
  })

  it("Tessera's own spaCy JSONL reads its spans back (all of them: spans, not the non-overlapping ents)", async () => {
    const text = 'Officials said the army took Hama.'
    const line = { text, spans: [{ start: 0, end: 34, label: 'claim' }, { start: 15, end: 23, label: 'actor' }], ents: [{ start: 15, end: 23, label: 'actor' }], meta: { outlet: 'SANA' } }
    const { documents } = await readThroughRegistry('spacy.jsonl', bytes(JSON.stringify(line)))
    expect(documents[0]?.annotations.map((a) => [a.tag, slice(text, a.start, a.end)])).toEqual([
      ['claim', text],
      ['actor', 'the army']
    ])
  })
})

describe('doccano text-classification labels', () => {
  it('are counted and reported, the spans beside them kept', async () => {
    const lines = [JSON.stringify({ text: 'Hama fell.', label: ['politics', [0, 4, 'PLACE']] }), JSON.stringify({ text: 'Calm.', label: ['weather'] })]
    const { documents, warnings } = await readThroughRegistry('cats.jsonl', bytes(lines.join('\n')))
    expect(documents.map((d) => d.annotations.length)).toEqual([1, 0])
    expect(warnings).toEqual(['cats.jsonl: left out 2 text-classification label(s): a label of a whole text, not of a span, has no place in Tessera.'])
  })
})

describe('Label Studio results Tessera cannot hold', () => {
  it('reports cancelled annotations and non-span results by type, keeping the labelled spans', async () => {
    const text = 'The army entered Hama.'
    const span = { type: 'labels', from_name: 'label', to_name: 'text', value: { start: 17, end: 21, text: 'Hama', labels: ['PLACE'] } }
    const tasks = [
      {
        data: { text },
        annotations: [
          { result: [span, { type: 'choices', value: { choices: ['war'] } }, { type: 'relation', from_id: 'a', to_id: 'b' }, { type: 'choices', value: { choices: ['news'] } }] },
          { was_cancelled: true, result: [span] }
        ]
      }
    ]
    const { documents, warnings } = await readThroughRegistry('ls.json', bytes(JSON.stringify(tasks)))
    expect(documents[0]?.annotations.map((a) => slice(text, a.start, a.end))).toEqual(['Hama'])
    expect(warnings).toEqual([
      'ls.json: left out 1 annotation(s) marked cancelled (skipped) in Label Studio',
      'ls.json: left out results that are not text spans with labels, which Tessera cannot hold: choices (2), relation (1)'
    ])
  })
})
