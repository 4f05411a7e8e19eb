import { ApiError } from '../shared/errors'
import { said } from '../shared/i18n/said'
import { CURATED_AUTHOR } from '../shared/model/adjudication'
import type { ProjectMethod } from '../shared/contract'
import { ACCESS_RULES, hasRole, type Role } from './access-rules'

/** Who is calling, on a team project: their account's name (their layer's author) and their role on the project. */
export interface Caller {
  name: string
  role: Role
}

/** What `own` needs to know of the stored data: whose an annotation or a relation is (null: there is none). */
export interface Ownership {
  annotationAuthor(documentId: string, annotationId: string): Promise<string | null>
  relationAuthor(documentId: string, relationId: string): Promise<string | null>
}

/**
 * Refuses (ApiError 'forbidden', naming what the caller's role allows) a call the caller may not make on a team
 * project, by ACCESS_RULES; resolves when they may. An annotation or relation that does not exist is let through:
 * the method itself then says it is not found.
 */
export async function authorize(method: ProjectMethod, input: unknown, caller: Caller, ownership: Ownership): Promise<void> {
  const rule = ACCESS_RULES[method]
  if (rule === 'member') return
  if (rule === 'local') throw new ApiError('forbidden', said('problems.access.localOnly', { method }))
  if (rule === 'curator' || rule === 'owner') {
    if (!hasRole(caller.role, rule)) throw new ApiError('forbidden', said('problems.access.needsRole', { method, role: rule, yours: caller.role }))
    return
  }
  const author = await authorOfTarget(method, input, ownership)
  if (author === null || author === caller.name) return
  if (author === CURATED_AUTHOR && hasRole(caller.role, 'curator')) return
  throw new ApiError('forbidden', said(author === CURATED_AUTHOR ? 'problems.access.curatedLayer' : 'problems.access.othersLayer', { author, yours: caller.role }))
}

/** The author of what an `own` method changes: the relation it removes, the annotation it starts from or changes. */
async function authorOfTarget(method: ProjectMethod, input: unknown, ownership: Ownership): Promise<string | null> {
  const fields = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>
  const documentId = typeof fields['documentId'] === 'string' ? fields['documentId'] : null
  if (documentId === null) return null
  if (method === 'relations.remove' && typeof fields['relationId'] === 'string') return ownership.relationAuthor(documentId, fields['relationId'])
  const annotationId = method === 'relations.add' ? fields['from'] : fields['annotationId']
  return typeof annotationId === 'string' ? ownership.annotationAuthor(documentId, annotationId) : null
}
