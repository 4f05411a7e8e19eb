import { describe, expect, it } from 'vitest'
import { DEFAULT_TAGS, type TagDefinition } from '../shared/model/project'
import { TagMatcher } from './tag-for-label'

const declared = (id: string, key: string | null): TagDefinition => ({ id, label: id[0]?.toUpperCase() + id.slice(1), color: '#0f766e', key, attributes: [] })

describe('a new tag a file declares', () => {
  it('keeps the key the file gives it when no tag of the project or of the import applies with it', () => {
    const matcher = new TagMatcher(DEFAULT_TAGS)
    matcher.declare([declared('quote', '5'), declared('weapon', '1'), declared('source', '5')])
    for (const label of ['quote', 'weapon', 'source']) matcher.tagFor(label)
    // Claim already applies with 1, and the import's Quote took 5 first.
    expect(matcher.created.map((t) => [t.id, t.key])).toEqual([['quote', '5'], ['weapon', null], ['source', null]])
  })
})
