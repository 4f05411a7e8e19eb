import { describe, expect, it } from 'vitest'
import { groupCompanions } from './batches'
import { inEnglish } from '../i18n/said'
import { besideBratKind } from './sidecars'

describe('files beside brat pairs', () => {
  const folder = ['c/a.ann', 'c/a.txt', 'c/README', 'c/LICENSE.md', 'c/notes.txt', 'c/annotation.conf', 'd/README', 'd/b.txt']

  it('a README or LICENSE in a folder of .ann files is not a document; a .txt there, or a README elsewhere, still is', () => {
    const besideBratKindInEnglish = (name: string, names: readonly string[]) => {
      const kind = besideBratKind(name, names)
      return kind && inEnglish(kind)
    }
    expect(besideBratKindInEnglish('c/README', folder)).toMatch(/^README sits beside brat's \.txt\/\.ann pairs/)
    expect(besideBratKindInEnglish('c/LICENSE.md', folder)).toMatch(/^LICENSE\.md sits beside/)
    expect(besideBratKind('c/notes.txt', folder)).toBeNull()
    expect(besideBratKind('c/a.ann', folder)).toBeNull()
    expect(besideBratKind('d/README', folder)).toBeNull()
  })

  it('travels with the .ann groups of its folder, as annotation.conf does, so each import call can skip it', () => {
    const groups = groupCompanions(folder.map((name) => ({ name }))).map((g) => g.map((f) => f.name))
    expect(groups).toContainEqual(['c/a.ann', 'c/a.txt', 'c/README', 'c/LICENSE.md', 'c/annotation.conf'])
    expect(groups).toContainEqual(['c/notes.txt'])
    expect(groups).toContainEqual(['d/README'])
  })
})
