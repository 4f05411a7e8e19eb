import type { ProjectMethod } from '../shared/contract'

/** A member's role in a team project (issue 23): each includes the ones after it. */
export const ROLES = ['owner', 'curator', 'annotator'] as const
export type Role = (typeof ROLES)[number]

/**
 * Who may call a project method on a team server:
 * - `member`: anyone on the project (reading, one's own history and searches, annotating in one's own layer);
 * - `own`: the annotation the input names (`documentId`, `annotationId`) must be the caller's, or, for a curator or
 *   an owner, the curated layer's;
 * - `curator` / `owner`: that role or a higher one (the shared registry, the curated layer; the schema, members, the corpus);
 * - `local`: only on a local project (backups and quarantine are the database's own on a server).
 * Keyed by every project method, so a new method cannot reach a team server without a rule (the type check fails).
 */
export type AccessRule = 'member' | 'own' | 'curator' | 'owner' | 'local'

export const ACCESS_RULES: Record<ProjectMethod, AccessRule> = {
  'project.get': 'member',
  'project.stats': 'member',
  'project.update': 'owner',
  'project.setDocumentFields': 'owner',
  'documents.list': 'member',
  'documents.get': 'member',
  'documents.open': 'member',
  'documents.annotations': 'member',
  'documents.setDoneForMe': 'member',
  'documents.setStatus': 'curator',
  'documents.updateMetadata': 'curator',
  'documents.setField': 'curator',
  'documents.remove': 'owner',
  'annotations.create': 'member',
  'annotations.tagAll': 'member',
  'annotations.setTag': 'own',
  'annotations.delete': 'own',
  'annotations.resize': 'own',
  'annotations.setNote': 'own',
  'annotations.setAttribute': 'own',
  'search.find': 'member',
  'searches.list': 'member',
  'searches.save': 'member',
  'searches.delete': 'member',
  'tags.add': 'owner',
  'tags.update': 'owner',
  'tags.move': 'owner',
  'tags.delete': 'owner',
  'history.state': 'member',
  'history.undo': 'member',
  'history.redo': 'member',
  'backups.list': 'local',
  'backups.create': 'local',
  'backups.restore': 'local',
  'backups.restoreDocument': 'local',
  'quarantine.list': 'local',
  'saves.pending': 'member',
  'saves.retry': 'member',
  'entities.list': 'member',
  'entities.get': 'member',
  'entities.suggestions': 'member',
  'entities.rejectSuggestion': 'member',
  'entities.linkAllPreview': 'member',
  'entities.matchesIn': 'member',
  'entities.link': 'own',
  'entities.create': 'curator',
  'entities.update': 'curator',
  'entities.merge': 'curator',
  'entities.delete': 'curator',
  'entities.linkAll': 'curator',
  'entities.linkMatches': 'curator',
  'relations.list': 'member',
  'relations.ofAnnotation': 'member',
  'relations.candidates': 'member',
  'relations.add': 'own',
  'relations.remove': 'own',
  'relationTypes.set': 'owner',
  'views.entities': 'member',
  'views.mentions': 'member',
  'views.claims': 'member',
  'views.claimsCsv': 'member',
  'views.figures': 'member',
  'views.countedValues': 'member',
  'agreement.compute': 'member',
  'agreement.report': 'member',
  'adjudication.review': 'member',
  'adjudication.decide': 'curator',
  'adjudication.takeAgreed': 'curator',
  'import.files': 'owner',
  'import.stop': 'owner',
  'export.choices': 'member'
}

/** Whether `role` is `least` or above it. */
export function hasRole(role: Role, least: Role): boolean {
  return ROLES.indexOf(role) <= ROLES.indexOf(least)
}
