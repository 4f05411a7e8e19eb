import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { documentFromText } from '../documents/from-text'
import type { AttributeDefinition } from '../shared/model/attributes'
import { DEFAULT_TAGS, MAX_ATTRIBUTES_PER_TAG } from '../shared/model/project'
import { useTempDirs } from '../testing/helpers'
import { ProjectStore } from './project-store'
import { withAttributes } from './tag-additions'

const tempDir = useTempDirs()
const VERIFIED: AttributeDefinition = { id: 'verified', label: 'Verified', type: 'flag' }

describe('attributes an import adds to the project\'s tags', () => {
  it('joins the tag once, never replaces an attribute of the same id defined meanwhile, and copies rather than changes', () => {
    const tags = structuredClone(DEFAULT_TAGS)
    const before = structuredClone(tags)
    const next = withAttributes(tags, [{ tag: 'claim', attribute: VERIFIED }, { tag: 'claim', attribute: VERIFIED }, { tag: 'claim', attribute: { id: 'stance', label: 'Other', type: 'text' } }])
    expect(next.find((t) => t.id === 'claim')?.attributes.map((a) => a.id)).toEqual(['stance', 'attributed_to', 'verified'])
    expect(next.find((t) => t.id === 'claim')?.attributes[0]).toEqual(DEFAULT_TAGS[0]?.attributes[0])
    expect(tags).toEqual(before)
  })

  it('a write that would take a tag past the limit is refused whole: no document, no attribute, project.json unchanged', async () => {
    const dir = await tempDir()
    const store = await ProjectStore.open(dir, { nameForNew: 'Full' })
    try {
      const full = Array.from({ length: MAX_ATTRIBUTES_PER_TAG }, (_, i): AttributeDefinition => ({ id: `a${i}`, label: `A${i}`, type: 'text' }))
      await store.updateProjectFile({ tags: DEFAULT_TAGS.map((t) => (t.id === 'claim' ? { ...t, attributes: full } : t)) })
      const record = documentFromText('a.txt', 'Hama fell.', {}, 'doc-a')
      await expect(store.addDocuments([record], [], [{ tag: 'claim', attribute: VERIFIED }])).rejects.toThrow()
      expect(store.info.documentIds).toEqual([])
      expect(existsSync(join(dir, 'documents', 'doc-a.json'))).toBe(false)
      expect(store.info.tags.find((t) => t.id === 'claim')?.attributes).toHaveLength(MAX_ATTRIBUTES_PER_TAG)
    } finally {
      store.close()
    }
  })
})
