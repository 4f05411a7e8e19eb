import { describe, expect, it } from 'vitest'
import { readThroughRegistry } from '../../testing/import-fixtures'

/** 100,000 nested arrays where a scalar belongs: JSON.parse takes it, but String() and JSON.stringify recurse. */
const DEEP = `${'['.repeat(100_000)}1${']'.repeat(100_000)}`
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('JSON values nested past the stack (found by npm run fuzz)', () => {
  it('a Label Studio task whose id is a deep array is read, named by its place in the file', async () => {
    const task = `{"id":${DEEP},"data":{"text":"Rebels entered Hama."},"annotations":[{"result":[{"type":"labels","value":{"start":15,"end":19,"text":"Hama","labels":["Place"]}}]}]}`
    const read = await readThroughRegistry('task.json', bytes(task))
    expect(read.format).toBe('label-studio')
    expect(read.documents[0]?.text).toBe('Rebels entered Hama.')
    expect(read.documents[0]?.origin).toBe('task.json:task 1')
  })

  it('a W3C annotation whose id is a deep array is refused for its defect, not with a stack overflow', async () => {
    const annotation = `{"@context":"http://www.w3.org/ns/anno.jsonld","id":${DEEP},"type":"Annotation","target":"http://example.org/page1"}`
    await expect(readThroughRegistry('anno.json', bytes(annotation))).rejects.toThrow(/^anno\.json .*id/)
    await expect(readThroughRegistry('anno.json', bytes(annotation))).rejects.not.toThrow(/call stack/)
  })

  it('a W3C collection whose target is nested 100,000 deep is refused for pointing at no text Tessera holds, not with a stack overflow', async () => {
    const target = `${'['.repeat(100_000)}"http://example.org/page1"${']'.repeat(100_000)}`
    const collection = `{"@context":"http://www.w3.org/ns/anno.jsonld","id":"http://example.org/c1","type":"AnnotationCollection","first":{"id":"http://example.org/c1/p1","type":"AnnotationPage","items":[{"id":"http://example.org/anno1","type":"Annotation","target":{"type":"List","items":["http://example.com/page1",${target}]}}]}}`
    await expect(readThroughRegistry('collection.json', bytes(collection))).rejects.toThrow(/^collection\.json .*web/)
    await expect(readThroughRegistry('collection.json', bytes(collection))).rejects.not.toThrow(/call stack/)
  })

  it('a W3C target that names a collection type 100,000 times is refused naming the types once each, not with a stack overflow', async () => {
    const types = JSON.stringify([...Array.from({ length: 50_000 }, () => 'List'), ...Array.from({ length: 50_000 }, () => 'Choice')])
    const annotation = `{"@context":"http://www.w3.org/ns/anno.jsonld","id":"http://example.org/anno1","type":"Annotation","target":{"type":${types},"items":["http://example.org/page1"]}}`
    const refusal = readThroughRegistry('anno.json', bytes(annotation))
    await expect(refusal).rejects.toThrow(/^anno\.json .*Choice and List/)
    await expect(readThroughRegistry('anno.json', bytes(annotation))).rejects.not.toThrow(/call stack/)
  })
})
