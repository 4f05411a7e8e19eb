import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import type { ApiErrorBody, Envelope } from './errors'
import { LIMITS, cutAtCodePoint, truncate } from './limits'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'

const tempDir = useTempDirs()
const cores: Core[] = []
afterEach(() => cores.splice(0).forEach((core) => core.close()))

async function openCore(): Promise<{ core: Core }> {
  const dir = await tempDir()
  const core = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 'analyst' })
  cores.push(core)
  return { core }
}

function errorOf(envelope: Envelope<unknown>): ApiErrorBody {
  if (envelope.ok) throw new Error('expected an error')
  return envelope.error
}

describe('validation errors stay small whatever the payload', () => {
  it('lists the first five problems and counts the rest', async () => {
    const { core } = await openCore()
    const files = Array.from({ length: 12 }, (_, i) => ({ name: '', base64: i }))
    const { code, message } = errorOf(await core.dispatch('import.files', { files }))
    expect(code).toBe('invalid-input')
    // Each bad file has two problems (empty name, bytes not a string): 24 in all.
    expect(message.match(/files\.\d+\.(name|base64):/g)).toHaveLength(LIMITS.reportedProblems)
    expect(message).toMatch(/^import\.files: files\.0\.name: .*; … and 19 more problems$/)
  })

  it('answers two million bad files with one short message, at once, without checking each', async () => {
    const { core } = await openCore()
    const started = performance.now()
    const { message } = errorOf(await core.dispatch('import.files', { files: new Array(2_000_000).fill(0) }))
    expect(performance.now() - started).toBeLessThan(2000)
    expect(message).toBe('import.files: files: at most 200 files per call')
  })

  it('bounds a problem that quotes the payload: 100,000 unknown keys, a 1 MB id, a 100 KB method name', async () => {
    const { core } = await openCore()
    const keys = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`key${i}`, i]))
    const unknownKeys = errorOf(await core.dispatch('documents.list', keys))
    expect(unknownKeys.message).toMatch(/^documents\.list: Unrecognized keys: "key0", "key1"/)
    expect(unknownKeys.message.length).toBeLessThanOrEqual(LIMITS.problemChars + 'documents.list: '.length)

    const longDocumentId = errorOf(await core.dispatch('documents.get', { documentId: 'd'.repeat(1_000_000) }))
    expect(longDocumentId.message).toMatch(/^documents\.get: documentId: a document id is 1–64 /)
    expect(longDocumentId.message.length).toBeLessThan(LIMITS.problemChars)
    const longAnnotationId = errorOf(await core.dispatch('annotations.delete', { documentId: 'd', annotationId: 'a'.repeat(1_000_000) }))
    expect(longAnnotationId.message).toBe(`annotations.delete: annotationId: annotationId is at most ${LIMITS.idChars} characters`)

    const method = errorOf(await core.dispatch(`m${'🙂'.repeat(50_000)}`, {}))
    expect(method.code).toBe('unknown-method')
    expect(method.message.length).toBeLessThan(LIMITS.idChars + 40)
  })
})

describe('truncate', () => {
  it('keeps short text, cuts long text with an ellipsis, and never cuts an emoji in half', () => {
    expect(truncate('short', 10)).toBe('short')
    expect(truncate('abcdefghijkl', 5)).toBe('abcd…')
    // 'a🙂…': cutting after 'a' and the high surrogate would leave half an emoji.
    expect(truncate('ab🙂cdef', 4)).toBe('ab…')
    expect(truncate('a🙂bcdef', 4)).toBe('a🙂…')
    for (let max = 2; max < 12; max += 1) expect(truncate('🙂'.repeat(10), max)).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
  })
})

describe('cutAtCodePoint', () => {
  it('keeps at most max units, one fewer rather than half an emoji, and short text whole', () => {
    expect(cutAtCodePoint('short', 10)).toBe('short')
    expect(cutAtCodePoint('ab🙂cd', 3)).toBe('ab')
    expect(cutAtCodePoint('ab🙂cd', 4)).toBe('ab🙂')
    for (let max = 0; max < 12; max += 1) {
      const cut = cutAtCodePoint('🙂a'.repeat(5), max)
      expect(cut.length).toBeLessThanOrEqual(max)
      expect(cut).not.toMatch(/[\uD800-\uDBFF]$/)
    }
  })
})
