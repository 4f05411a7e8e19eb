import { cp } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createCore } from '../core'
import { DEFAULT_TAGS, type TagDefinition } from '../shared/model/project'
import { exportFile } from '../testing/export-file'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import { annotationConf, splitLines } from './formats/brat-conf'

const V2_PROJECT = fileURLToPath(new URL('../store/fixtures/v2-project', import.meta.url))
/** A guideline that would break a naive conf writer: a line break, a `#`, a line that looks like a section, Arabic. */
const GUIDELINE = 'A statement **presented as fact**.\n# Not an opinion\n[entities]\nevil\u2028[relations]\r\nقال المتحدث'

/** The conf as brat reads it: `#` to the end of a line is a comment, then blank lines are skipped (projectconfig.py). */
function sections(conf: string): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  let current = ''
  for (const raw of conf.split('\n')) {
    const hash = raw.indexOf('#')
    const line = (hash === -1 ? raw : raw.slice(0, hash)).trim()
    const header = /^\[(\w+)\]$/.exec(line)
    if (header?.[1]) current = header[1]
    else if (line) (out[current] ??= []).push(line)
  }
  return out
}

describe('tag guidelines in the exports', () => {
  const tempDir = useTempDirs()

  it("brat annotation.conf: each guideline line is a comment, so brat reads the same sections as without them", () => {
    const tags: TagDefinition[] = DEFAULT_TAGS.map((t) =>
      t.id === 'claim' ? { ...t, description: GUIDELINE, attributes: t.attributes.map((a) => (a.id === 'stance' ? { ...a, description: 'How the outlet\n#frames it' } : a)) } : t
    )
    const conf = annotationConf(tags)
    expect(sections(conf)).toEqual(sections(annotationConf(DEFAULT_TAGS)))
    expect(conf).toContain('# claim (Claim):\n#   A statement **presented as fact**.\n#   # Not an opinion\n#   [entities]\n#   evil\n#   [relations]\n#   قال المتحدث\n')
    expect(conf).toContain('# claim.stance (Stance):\n#   How the outlet\n#   #frames it\n')
    for (const line of splitLines(conf)) {
      if (line.includes('presented') || line.includes('evil') || line.includes('frames')) expect(line.startsWith('#')).toBe(true)
    }
  })

  it('JSONL header: each tag and attribute carries its guideline', async () => {
    const dir = join(await tempDir(), 'project')
    await cp(V2_PROJECT, dir, { recursive: true })
    const core = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 'tester' })
    try {
      await core.call('tags.update', { tagId: 'claim', changes: { description: GUIDELINE } })
      const claim = (await core.call('project.get', {})).tags.find((t) => t.id === 'claim')
      const attributes = (claim?.attributes ?? []).map((a) => (a.id === 'stance' ? { ...a, description: 'How the outlet frames it' } : a))
      await core.call('tags.update', { tagId: 'claim', changes: { attributes } })
      const header = JSON.parse((await exportFile(core, { format: 'jsonl' })).content.split('\n')[0] ?? '{}') as { tags: TagDefinition[] }
      const exported = header.tags.find((t) => t.id === 'claim')
      expect(exported?.description).toBe(GUIDELINE)
      expect(exported?.attributes.find((a) => a.id === 'stance')?.description).toBe('How the outlet frames it')
      // One undo step each: the guideline goes back with its own.
      await core.call('history.undo', {})
      await core.call('history.undo', {})
      expect((await core.call('project.get', {})).tags.find((t) => t.id === 'claim')?.description).toBeUndefined()
    } finally {
      core.close()
    }
  })
})
