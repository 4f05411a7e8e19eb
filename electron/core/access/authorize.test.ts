import { describe, expect, it } from 'vitest'
import { contract } from '../shared/contract'
import { workspaceContract } from '../shared/workspace-contract'
import { ACCESS_RULES, type Role } from './access-rules'
import { authorize, type Caller, type Ownership } from './authorize'

// In document d1: Omar's annotation a-omar, Rania's a-rania, the curated layer's a-gold; Omar's relation r-omar.
const AUTHORS = new Map([['a-omar', 'Omar'], ['a-rania', 'Rania'], ['a-gold', 'curated']])
const ownership: Ownership = {
  annotationAuthor: async (documentId, annotationId) => (documentId === 'd1' ? (AUTHORS.get(annotationId) ?? null) : null),
  relationAuthor: async (documentId, relationId) => (documentId === 'd1' && relationId === 'r-omar' ? 'Omar' : null)
}

const as = (name: string, role: Role): Caller => ({ name, role })
async function verdict(method: keyof typeof ACCESS_RULES, input: unknown, caller: Caller): Promise<string> {
  return authorize(method, input, caller, ownership).then(
    () => 'allowed',
    (error: unknown) => (error instanceof Error ? error.message : String(error))
  )
}

describe('who may call what on a team project', () => {
  it('has a rule for every project method of the contract, and none for a method that is not one', () => {
    const projectMethods = Object.keys(contract).filter((method) => !(method in workspaceContract)).sort()
    expect(Object.keys(ACCESS_RULES).sort()).toEqual(projectMethods)
  })

  it('lets an annotator change their own annotations only, and a curator the curated layer too', async () => {
    const omar = as('Omar', 'annotator')
    expect(await verdict('annotations.setTag', { documentId: 'd1', annotationId: 'a-omar', tag: 'actor' }, omar)).toBe('allowed')
    expect(await verdict('annotations.delete', { documentId: 'd1', annotationId: 'a-rania' }, omar)).toBe("This is Rania's annotation: on a team project only its author changes it.")
    expect(await verdict('annotations.resize', { documentId: 'd1', annotationId: 'a-gold', start: 0, end: 4 }, omar)).toMatch(/curated layer: only a curator or an owner changes it \(your role is annotator\)/)
    expect(await verdict('annotations.resize', { documentId: 'd1', annotationId: 'a-gold', start: 0, end: 4 }, as('Lina', 'curator'))).toBe('allowed')
    // A curator is no one's stand-in: another annotator's layer stays theirs.
    expect(await verdict('annotations.setNote', { documentId: 'd1', annotationId: 'a-rania', note: '' }, as('Lina', 'owner'))).toMatch(/Rania's annotation/)
    expect(await verdict('entities.link', { documentId: 'd1', annotationId: 'a-rania', entityId: null }, omar)).toMatch(/Rania's annotation/)
    expect(await verdict('relations.add', { documentId: 'd1', type: 'attributed-to', from: 'a-rania', to: 'a-omar' }, omar)).toMatch(/Rania's annotation/)
    expect(await verdict('relations.add', { documentId: 'd1', type: 'attributed-to', from: 'a-omar', to: 'a-rania' }, omar)).toBe('allowed')
    expect(await verdict('relations.remove', { documentId: 'd1', relationId: 'r-omar' }, as('Rania', 'annotator'))).toMatch(/Omar's annotation/)
    // What does not exist is the method's to report (not found), not a refusal that would say whose it is.
    expect(await verdict('annotations.delete', { documentId: 'd1', annotationId: 'missing' }, omar)).toBe('allowed')
  })

  it('keeps the schema and the corpus to owners, the registry and the curated layer to curators, and backups local', async () => {
    const cases: [keyof typeof ACCESS_RULES, Role, string][] = [
      ['tags.add', 'curator', 'tags.add needs the owner role or a higher one; yours on this project is curator.'],
      ['tags.delete', 'owner', 'allowed'],
      ['import.files', 'annotator', 'import.files needs the owner role or a higher one; yours on this project is annotator.'],
      ['adjudication.decide', 'annotator', 'adjudication.decide needs the curator role or a higher one; yours on this project is annotator.'],
      ['adjudication.decide', 'owner', 'allowed'],
      ['entities.merge', 'curator', 'allowed'],
      ['annotations.create', 'annotator', 'allowed'],
      ['history.undo', 'annotator', 'allowed'],
      ['backups.restore', 'owner', "backups.restore works on a local project only: on a team server, backups are the database's."]
    ]
    for (const [method, role, expected] of cases) expect([method, role, await verdict(method, {}, as('Someone', role))]).toEqual([method, role, expected])
  })
})
