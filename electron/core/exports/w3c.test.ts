import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Ajv04 from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ARTICLE_SPANS, createExportCorpus, slicePython, type ExportCorpus } from '../testing/export-corpus'
import { useTempDirs } from '../testing/helpers'
import { exportFile } from '../testing/export-file'

const MODEL = fileURLToPath(new URL('./fixtures/w3c-annotation-model', import.meta.url))
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'))

/** The recipe of the test suite's README: draft-04 ajv, uri/date-time formats, the suite's own keywords declared. */
function suite(): { ajv: Ajv04; musts: { name: string; validate: ReturnType<Ajv04['compile']>; expected: string }[] } {
  const ajv = new Ajv04({ allErrors: true, allowUnionTypes: true, strictTypes: false })
  addFormats(ajv)
  for (const keyword of ['assertionType', 'expectedResult', 'onUnexpectedResult', 'errorMessage', 'assertionFile', 'compareWith']) {
    ajv.addKeyword({ keyword })
  }
  const definitions = join(MODEL, 'definitions')
  for (const file of readdirSync(definitions).filter((f) => f.endsWith('.json')).sort()) ajv.addSchema(readJson(join(definitions, file)) as object)
  const list = readJson(join(MODEL, 'annotations', 'annotationMusts.test')) as { assertions: string[] }
  const musts = list.assertions.map((path) => {
    const schema = readJson(join(MODEL, path)) as { expectedResult?: string }
    return { name: path, validate: ajv.compile(schema), expected: schema.expectedResult ?? 'valid' }
  })
  return { ajv, musts }
}

/**
 * The test suite's page MUSTs (`collections/pages/pageMusts.test`, not among the copied fixtures), restated: each
 * holds when the object is an AnnotationPage meeting the definition, or when its embedded `first` page does.
 * Built from the definitions the fixtures hold (collections.json, id.json, otherProperties.json).
 */
const PAGE_MUSTS: [assertion: string, definition: string][] = [
  ['5.2-pageIdValidated', 'id.json#/definitions/idValueFound'],
  ['5.2-pageTypeValidated', 'collections.json#/definitions/annotationPageTypeValueFound'],
  ['5.2-pageItemsValidated', 'collections.json#/definitions/itemsFound'],
  ['5.2-pageStartIndexValidated', 'collections.json#/definitions/startIndexDefinition'],
  ['5.2-pagePartOfValidated', 'collections.json#/definitions/partOfValidIfPresent'],
  ['5.2-pageNextValidated', 'collections.json#/definitions/nextValidIfPresent'],
  ['5.2-pagePrevValidated', 'collections.json#/definitions/prevValidIfPresent'],
  ['5.2-pageTotalValidated', 'collections.json#/definitions/totalDefinition'],
  ['5.2-pageLabelValidated', 'collections.json#/definitions/labelDefinition'],
  ['5.2-pageFirstValidated', 'collections.json#/definitions/firstValidIfPresent'],
  ['5.2-pageLastValidated', 'collections.json#/definitions/lastValidIfPresent'],
  ['3.3.1-pageCreatedValidated', 'otherProperties.json#/definitions/createdValidIfPresent'],
  ['3.3.1-pageModifiedValidated', 'otherProperties.json#/definitions/modifiedValidIfPresent'],
  ['3.3.6-pageRightsValidated', 'otherProperties.json#/definitions/rightsValidIfPresent']
]

function pageMust(definition: string): object {
  const isPage = 'collections.json#/definitions/annotationPageTypeValueFound'
  return {
    oneOf: [
      { allOf: [{ $ref: definition }, { $ref: isPage }] },
      { type: 'object', properties: { first: { $ref: definition } }, required: ['first'] }
    ]
  }
}

interface WebAnnotation {
  id: string
  motivation: string
  body: { purpose?: string; value?: string; 'tessera:attribute'?: string; 'tessera:value'?: unknown; source?: string }[] | string
  target: { source: string; selector: { type: string; start?: number; end?: number; exact?: string; prefix?: string; suffix?: string }[] } | string
  creator?: { name: string }
}
interface Collection {
  '@context': unknown
  type: string
  total: number
  first: { id?: string; type: string; items: WebAnnotation[] }
  'tessera:documents': { id: string; text: string }[]
}

const tempDir = useTempDirs()
let corpus: ExportCorpus
let collection: Collection
beforeAll(async () => {
  corpus = await createExportCorpus(await tempDir())
  const file = await exportFile(corpus.core, { format: 'w3c' })
  expect(file).toMatchObject({ fileName: 'hama-week-test.jsonld', mimeType: 'application/ld+json', encoding: 'utf8', documentCount: 3 })
  collection = JSON.parse(file.content) as Collection
})
afterAll(() => corpus.core.close())

describe('W3C Web Annotation export', () => {
  it('passes every MUST assertion of the W3C test suite, for every annotation', () => {
    const { musts } = suite()
    expect(collection.first.items.length).toBeGreaterThan(ARTICLE_SPANS.length)
    for (const item of collection.first.items) {
      const annotation = { '@context': collection['@context'], ...item }
      for (const must of musts) {
        const outcome = must.validate(annotation) ? 'valid' : 'invalid'
        expect(outcome, `${item.id} against ${must.name}: ${JSON.stringify(must.validate.errors?.slice(0, 2))}`).toBe(must.expected)
      }
    }
  })

  it('is an AnnotationCollection whose page holds the annotations, as the collection definitions describe', () => {
    const { ajv } = suite()
    for (const definition of ['annotationCollectionTypeValueFound', 'labelFound', 'firstRequiredIfTotalMoreThanZero', 'totalMoreThanZero']) {
      expect(ajv.validate(`collections.json#/definitions/${definition}`, collection), definition).toBe(true)
    }
    expect(ajv.validate('collections.json#/definitions/annotationPageTypeValueFound', collection.first)).toBe(true)
    expect(collection.total).toBe(collection.first.items.length)
  })

  it('has an embedded page that passes every page MUST of the test suite, its id among them', () => {
    const { ajv } = suite()
    for (const [assertion, definition] of PAGE_MUSTS) {
      const validate = ajv.compile(pageMust(definition))
      expect(validate(collection), `${assertion}: ${JSON.stringify(validate.errors?.slice(0, 2))}`).toBe(true)
    }
    expect(collection.first).toMatchObject({ id: 'urn:tessera:project:Hama%20week%3A%20test#page1', partOf: 'urn:tessera:project:Hama%20week%3A%20test' })
    // The restated assertion fails a page without an id, as the suite's does.
    const withoutId = { ...collection, first: { ...collection.first, id: undefined } }
    expect(ajv.compile(pageMust('id.json#/definitions/idValueFound'))(JSON.parse(JSON.stringify(withoutId)))).toBe(false)
  })

  it('targets each span in code points that slice the right text, with a quote that matches it', () => {
    const texts = new Map(collection['tessera:documents'].map((d) => [d.id, d.text]))
    const tagging = collection.first.items.filter((a) => a.motivation === 'tagging')
    expect(tagging).toHaveLength(corpus.documents.reduce((n, d) => n + d.annotations.length, 0))
    for (const annotation of tagging) {
      if (typeof annotation.target === 'string') throw new Error('a tagging annotation targets a bare URI')
      const text = texts.get(annotation.target.source) ?? ''
      const position = annotation.target.selector.find((s) => s.type === 'TextPositionSelector')
      const quote = annotation.target.selector.find((s) => s.type === 'TextQuoteSelector')
      expect(slicePython(text, position?.start ?? -1, position?.end ?? -1)).toBe(quote?.exact)
      const before = slicePython(text, 0, position?.start ?? 0)
      expect(before.endsWith(quote?.prefix ?? '∅')).toBe(true)
      expect(slicePython(text, position?.end ?? 0, Infinity).startsWith(quote?.suffix ?? '∅')).toBe(true)
    }
    // "Hama 🙂 🇸🇾 Résidence report\n\n" is 28 code points; UTF-16 would count 31, the decomposed source 29.
    const hama = corpus.documents[0]
    const officials = tagging.find((a) => a.id.endsWith('a-officials'))
    const selector = typeof officials?.target === 'string' ? undefined : officials?.target.selector[0]
    expect(selector?.start).toBe(28)
    expect(slicePython(hama?.text ?? '', selector?.start ?? 0, selector?.end ?? 0)).toBe('Officials')
  })

  it('carries the tag, the note, typed attributes, the creator, the entity and relations', () => {
    const byId = new Map(collection.first.items.map((a) => [a.id.split(':').at(-1), a]))
    const officials = byId.get('a-officials')
    const bodies = Array.isArray(officials?.body) ? officials.body : []
    expect(bodies).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: 'actor' })
    expect(bodies).toContainEqual({ type: 'TextualBody', purpose: 'commenting', value: 'Said twice, "loudly",\nthen\r\nagain' })
    expect(bodies).toContainEqual({ type: 'SpecificResource', purpose: 'identifying', source: { id: 'urn:tessera:entity:entity-army', label: 'Syrian Arab Army "SAA"\t🇸🇾' } })
    expect(officials?.creator?.name).toBe('Analyst, "R"')
    const quote = byId.get('a-quote')
    const attributes = Array.isArray(quote?.body) ? quote.body.filter((b) => b.purpose === 'describing') : []
    expect(Object.fromEntries(attributes.map((b) => [b['tessera:attribute'], b['tessera:value']]))).toEqual({
      verified: true, tone: 'very angry', speaker: '-the army, "HQ"', weight: -2.5
    })
    const link = byId.get('r-1')
    expect(link).toMatchObject({
      motivation: 'linking',
      target: ['urn:tessera:annotation:a-claim', 'urn:tessera:annotation:a-officials'],
      body: { type: 'TextualBody', purpose: 'tagging', value: 'attributed-to' }
    })
    expect((collection as unknown as { 'tessera:entities': unknown[] })['tessera:entities']).toContainEqual(
      expect.objectContaining({ id: 'urn:tessera:entity:entity-hama', 'tessera:id': 'entity-hama', name: 'حماة', type: 'place', coordinates: { lat: 35.1318, lon: 36.7578 } })
    )
  })
})
