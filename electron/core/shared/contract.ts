import { z } from 'zod'
import type { Annotation } from './model/annotation'
import { tagIdSchema } from './model/annotation'
import { attributeDefinitionSchema, attributeIdSchema, attributeValueSchema } from './model/attributes'
import { documentStatusSchema, type DocumentRecord, type DocumentSummary } from './model/document'
import { tagDefinitionSchema, type TagDefinition } from './model/project'
import type { DocumentRemovalResult, ExportChoices, ExportFile, FindResult, HistoryMoveResult, HistoryState, ProjectInfo, ProjectStats, TagAllResult, TagDeleteResult } from './api-types'
import type { BackupInfo, QuarantineEntry, UnsavedChange } from './model/backups'
import { entityNameSchema, type Entity, type RejectedSuggestion } from './model/entity'
import { documentFieldDefinitionsSchema, documentFieldFilterSchema, documentFieldIdSchema, documentFieldValueSchema, type DocumentFieldDefinition } from './model/document-fields'
import { relationTypeIdSchema, type Relation } from './model/relation'
import { relationTypeDefinitionSchema, MAX_RELATION_TYPES, type RelationTypeDefinition } from './model/relation-types'
import type { ListedRelation, RelationEnd } from './model/relation-listing'
import { FIGURE_PERIODS, type LinkAllResult, type SuggestionList, type EntitiesView, type MentionsView, type ClaimsView, type CountedValue, type FiguresView, type LeftOut } from './model/views'
import { importFilesInputSchema, importStopInputSchema } from './import/contract'
import { entityMatchRefSchema, linkMatchRefSchema, matchListSchema, LINK_MATCHES_MAX, type LinkMatchesResult, type LinkPreview } from './model/link-matches'
import { searchSpecSchema, type SavedSearch } from './model/search'
import type { ImportReport } from './import/report'
import { offsetUnitSchema } from './exports/options'
import type { AnnotationPage, DocumentOpening } from './documents/paged-types'
import type { ProjectAgreement } from './model/agreement'
import type { AdjudicationDocument, AdjudicationReview } from './model/adjudication'
import { agreementSelection, annotationCursor, annotationId, claimFilters, documentId, entityEdits, entityId, findInput, method, NOTE_MAX, offset, page, pageLimit, projectDescription, projectName, type MethodSpec } from './contract-parts'
import { workspaceContract, type WorkspaceMethod } from './workspace-contract'

export {
  exportFormatSchema,
  exportOptionsSchema,
  offsetUnitSchema,
  type ExportFormat,
  type ExportOptions,
  type ExportOptionsInput,
  type OffsetUnit
} from './exports/options'

export type { ExportChoices, ExportFile, ProjectInfo, ProjectStats } from './api-types'

export { workspaceContract, type WorkspaceMethod } from './workspace-contract'
export { shellContract, type ShellContract, type ShellInput, type ShellMethod, type ShellResult } from './shell-contract'

/**
 * The API of Tessera: every method a shell can call, its input schema and its result type.
 * The single source of truth for the core's handlers, the Electron IPC and HTTP transports,
 * the preload bridge and the renderer's clients.
 */
export const contract = {
  ...workspaceContract,
  'project.get': method<ProjectInfo>()(z.strictObject({})),
  'project.update': method<ProjectInfo>()(
    z
      .strictObject({ name: projectName, description: projectDescription, blindMode: z.boolean() })
      .partial()
      .refine((changes) => changes.name !== undefined || changes.description !== undefined || changes.blindMode !== undefined, {
        message: 'change the name, the description or blind mode'
      })
  ),
  'project.stats': method<ProjectStats>()(z.strictObject({})),
  'documents.list': method<DocumentSummary[]>()(z.strictObject({})),
  'documents.get': method<DocumentRecord>()(z.strictObject({ documentId })),
  /** A document read in slices: all but its annotations, plus the first `limit` of them in reading order. */
  'documents.open': method<DocumentOpening>()(z.strictObject({ documentId, limit: pageLimit })),
  /** The next page of a document's annotations in reading order, after the cursor a previous page gave. */
  'documents.annotations': method<AnnotationPage>()(z.strictObject({ documentId, after: annotationCursor, limit: pageLimit })),
  'annotations.create': method<Annotation>()(
    z
      .strictObject({
        documentId,
        tag: tagIdSchema,
        start: offset,
        end: offset,
        /** `words`: snap to whole words and trim punctuation (a mouse selection); `exact` (default): keep the span. */
        snap: z.enum(['words', 'exact']).default('exact')
      })
      .refine((span) => span.end > span.start, { message: 'end must be greater than start', path: ['end'] })
  ),
  'annotations.setTag': method<Annotation>()(z.strictObject({ documentId, annotationId, tag: tagIdSchema })),
  'annotations.delete': method<{ annotationId: string }>()(z.strictObject({ documentId, annotationId })),
  'annotations.resize': method<Annotation>()(
    z
      .strictObject({ documentId, annotationId, start: offset, end: offset })
      .refine((span) => span.end > span.start, { message: 'end must be greater than start', path: ['end'] })
  ),
  'annotations.setNote': method<Annotation>()(z.strictObject({ documentId, annotationId, note: z.string().max(NOTE_MAX) })),
  'annotations.setAttribute': method<Annotation>()(
    z.strictObject({ documentId, annotationId, attribute: attributeIdSchema, value: attributeValueSchema.nullable().optional() })
  ),
  'annotations.tagAll': method<TagAllResult>()(
    z.strictObject({ ...findInput, tag: tagIdSchema, documentId: documentId.optional() })
  ),
  /** Deletes documents with everything in them, as one undo step; an unknown id deletes none. */
  'documents.remove': method<DocumentRemovalResult>()(
    z.strictObject({ documentIds: z.array(documentId).min(1, 'name at least one document').max(100_000) })
  ),
  'documents.setStatus': method<DocumentSummary>()(z.strictObject({ documentId, status: documentStatusSchema })),
  /** Marks the document done (or not) for the annotator working now: in blind mode, what lets them see the other layers. */
  'documents.setDoneForMe': method<DocumentSummary>()(z.strictObject({ documentId, done: z.boolean() })),
  'documents.updateMetadata': method<DocumentSummary>()(
    z.strictObject({
      documentId,
      changes: z
        .strictObject({
          title: z.string().trim().min(1, 'a title is required').max(1_000),
          source: z.string().max(500),
          author: z.string().max(500),
          date: z.iso.date().nullable(),
          url: z
            .string()
            .max(4_000)
            .refine((url) => url === '' || /^https?:\/\/\S+$/i.test(url), 'a URL starts with http:// or https://'),
          language: z.string().max(35)
        })
        .partial()
    })
  ),
  /** Sets one whole-article label of a document (null clears it), checked against the field's definition. */
  'documents.setField': method<DocumentSummary>()(
    z.strictObject({ documentId, fieldId: documentFieldIdSchema, value: documentFieldValueSchema.nullable() })
  ),
  /** Replaces the project's whole-article field definitions; values that no longer fit are cleared (one undo step). */
  'project.setDocumentFields': method<DocumentFieldDefinition[]>()(z.strictObject({ fields: documentFieldDefinitionsSchema })),
  'search.find': method<FindResult>()(
    z.strictObject({ ...findInput, documentId: documentId.optional(), limit: z.number().int().min(1).max(10_000).default(500) })
  ),
  'searches.list': method<SavedSearch[]>()(z.strictObject({})),
  'searches.save': method<SavedSearch[]>()(z.strictObject({ name: z.string().trim().min(1, 'a saved search needs a name').max(200), search: searchSpecSchema })),
  'searches.delete': method<SavedSearch[]>()(z.strictObject({ id: z.string().min(1).max(64) })),
  'tags.add': method<TagDefinition[]>()(z.strictObject({ tag: tagDefinitionSchema, index: z.number().int().nonnegative().optional() })),
  'tags.update': method<TagDefinition[]>()(
    z.strictObject({
      tagId: tagIdSchema,
      changes: z
        .strictObject({
          label: z.string().trim().min(1).max(80),
          color: z.string().regex(/^#[0-9a-f]{6}$/i, 'a colour is #rrggbb'),
          key: z.string().regex(/^[1-9]$/, 'a key is 1–9').nullable(),
          attributes: z.array(attributeDefinitionSchema).max(30),
          /** The tag's guideline (Markdown); empty removes it. */
          description: z.string().max(10_000)
        })
        .partial()
    })
  ),
  'tags.move': method<TagDefinition[]>()(z.strictObject({ tagId: tagIdSchema, index: z.number().int().nonnegative() })),
  'tags.delete': method<TagDeleteResult>()(
    z.strictObject({
      tagId: tagIdSchema,
      /** What happens to the tag's annotations: deleted, or moved to another tag. */
      annotations: z.union([z.literal('delete'), z.strictObject({ moveTo: tagIdSchema })])
    })
  ),
  'history.state': method<HistoryState>()(z.strictObject({})),
  'history.undo': method<HistoryMoveResult>()(z.strictObject({})),
  'history.redo': method<HistoryMoveResult>()(z.strictObject({})),
  /** The project's rolling snapshots, newest first (for a Backups view). */
  'backups.list': method<BackupInfo[]>()(z.strictObject({})),
  /** Takes a snapshot of the project now (Back up now in the app). */
  'backups.create': method<BackupInfo>()(z.strictObject({})),
  /** Restores the whole project from a snapshot; `undo` names the snapshot of the state it replaced. */
  'backups.restore': method<{ restored: string; undo: string }>()(z.strictObject({ name: z.string().min(1).max(200) })),
  /** Brings one document back from the newest snapshot that has it (after it was quarantined). */
  'backups.restoreDocument': method<{ restored: string }>()(z.strictObject({ documentId })),
  /** Damaged files moved out of the way, with why, newest first (for a notice in the app). */
  'quarantine.list': method<QuarantineEntry[]>()(z.strictObject({})),
  /** Changes whose write failed and that are kept in memory, not yet saved (for a notice in the app). */
  'saves.pending': method<UnsavedChange[]>()(z.strictObject({})),
  /** Tries to write the kept changes now; each one saved is announced with document.changed. */
  'saves.retry': method<{ saved: number; remaining: number }>()(z.strictObject({})),
  'entities.list': method<Entity[]>()(
    z.strictObject({ query: z.string().max(300).optional(), type: tagIdSchema.optional(), limit: z.number().int().min(1).max(1_000).default(50) })
  ),
  'entities.get': method<Entity>()(z.strictObject({ entityId })),
  'entities.create': method<Entity>()(
    z.strictObject({ documentId, annotationId: annotationId, name: entityNameSchema.optional(), ...entityEdits }).partial({ aliases: true, note: true, coordinates: true })
  ),
  'entities.update': method<Entity>()(z.strictObject({ entityId, changes: z.strictObject({ name: entityNameSchema, ...entityEdits }).partial() })),
  'entities.merge': method<{ entity: Entity; movedMentions: number }>()(z.strictObject({ sourceId: entityId, targetId: entityId })),
  'entities.delete': method<{ entityId: string; unlinkedMentions: number }>()(z.strictObject({ entityId })),
  'entities.link': method<Annotation>()(z.strictObject({ documentId, annotationId: annotationId, entityId: entityId.nullable() })),
  /** Links the mention's entity's name, aliases and text across the corpus; with `matches`, only those chosen in the preview. */
  'entities.linkAll': method<LinkAllResult>()(
    z.strictObject({ documentId, annotationId: annotationId, entityId: entityId.optional(), matches: matchListSchema(linkMatchRefSchema).optional() })
  ),
  /** What `entities.linkAll` would link, each match in context with its document; writes nothing. */
  'entities.linkAllPreview': method<LinkPreview>()(
    z.strictObject({ documentId, annotationId: annotationId, entityId: entityId.optional(), limit: z.number().int().min(1).max(LINK_MATCHES_MAX).default(1_000) })
  ),
  /** The known entities' names and aliases found, not yet linked, in the given documents (after an import); writes nothing. */
  'entities.matchesIn': method<LinkPreview>()(
    z.strictObject({ documentIds: z.array(documentId).max(100_000), limit: z.number().int().min(1).max(LINK_MATCHES_MAX).default(1_000) })
  ),
  /** Links the matches chosen from `entities.matchesIn`: one undo step. */
  'entities.linkMatches': method<LinkMatchesResult>()(z.strictObject({ matches: matchListSchema(entityMatchRefSchema).min(1, 'choose at least one match') })),
  'entities.suggestions': method<SuggestionList>()(
    z.strictObject({ entityId: entityId.optional(), documentId: documentId.optional(), limit: z.number().int().min(1).max(1_000).default(100) })
  ),
  'entities.rejectSuggestion': method<RejectedSuggestion>()(z.strictObject({ documentId, annotationId: annotationId, entityId })),
  'relations.list': method<Relation[]>()(z.strictObject({ documentId, annotationId: annotationId.optional() })),
  /** `toDocumentId` when the target lies in another document (a project type that allows it). */
  'relations.add': method<Relation>()(z.strictObject({ documentId, type: relationTypeIdSchema, from: annotationId, to: annotationId, toDocumentId: documentId.optional() })),
  /** Relations at either end of one annotation, in its document and across documents, with the other end described. */
  'relations.ofAnnotation': method<ListedRelation[]>()(z.strictObject({ documentId, annotationId })),
  /** What an annotation may be related to by a project type (the Relate… list). */
  'relations.candidates': method<{ candidates: RelationEnd[]; truncated: boolean }>()(
    z.strictObject({ documentId, annotationId, type: relationTypeIdSchema, query: z.string().max(300).optional(), limit: z.number().int().min(1).max(500).default(100) })
  ),
  /** Replaces the project's relation types (Project settings); one undo step. */
  'relationTypes.set': method<RelationTypeDefinition[]>()(z.strictObject({ relationTypes: z.array(relationTypeDefinitionSchema).max(MAX_RELATION_TYPES) })),
  'relations.remove': method<{ relationId: string }>()(z.strictObject({ documentId, relationId: z.string().min(1).max(64) })),
  /** Each view answers with the documents it could not read (`leftOut`), so counts that miss one say so. */
  'views.entities': method<EntitiesView & LeftOut>()(z.strictObject({ type: tagIdSchema.optional(), documentField: documentFieldFilterSchema.optional() })),
  'views.mentions': method<MentionsView & LeftOut>()(z.strictObject({ entityId, ...page })),
  'views.claims': method<ClaimsView & LeftOut>()(z.strictObject({ ...claimFilters, ...page })),
  /** Offsets in code points by default, as the exports write them; the `offset_unit` column says which. */
  'views.claimsCsv': method<ExportFile>()(z.strictObject({ ...claimFilters, offsetUnit: offsetUnitSchema.default('codepoint') })),
  'views.figures': method<FiguresView & LeftOut>()(
    z.strictObject({
      counted: z.string().max(300).optional(),
      pointsPerOutlet: z.number().int().min(1).max(10_000).default(1_000),
      period: z.enum(FIGURE_PERIODS).default('day'),
      documentField: documentFieldFilterSchema.optional()
    })
  ),
  /** Every "What is counted" the project's figures use, as typed, with how many figures use each (`except` one figure, the one being edited). */
  'views.countedValues': method<CountedValue[]>()(z.strictObject({ except: z.strictObject({ documentId, annotationId }).optional() })),
  /**
   * Agreement among annotators (an annotator's layer: the annotations they authored), per tag and overall.
   * Each part left out means all: every author present, every tag used, the documents two of them annotated.
   * Names and tags are checked by the core, so an unknown one is named in the error.
   */
  'agreement.compute': method<ProjectAgreement>()(z.strictObject(agreementSelection)),
  /** The figures of `agreement.compute` for the same selection as a file (CSV or Markdown), byte for byte the CLI's `--csv` / `--markdown`. */
  'agreement.report': method<ExportFile>()(z.strictObject({ ...agreementSelection, format: z.enum(['csv', 'markdown']) })),
  /**
   * Adjudication (core/adjudication): the disagreements of a selection, document by document, with what the curated
   * layer holds at each and the decision that put it there. Defaults as `agreement.compute`; the curated layer is never an annotator here.
   */
  'adjudication.review': method<AdjudicationReview>()(z.strictObject(agreementSelection)),
  /**
   * Decides the disagreement at `start`–`end` of a document (as `adjudication.review` lists it for the same selection):
   * the curated layer there becomes one annotator's version (`accept`) or the spans given (`spans`: merged boundaries,
   * a written version, or none), by the user working now, as one undo step. The first decision on a document also takes
   * the spans every annotator agreed on. Answers with the document's review.
   */
  'adjudication.decide': method<AdjudicationDocument>()(
    z.strictObject({
      ...agreementSelection,
      documentId,
      start: offset,
      end: offset,
      choice: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('accept'), annotator: z.string().min(1).max(500) }),
        z.strictObject({
          kind: z.literal('spans'),
          spans: z.array(z.strictObject({ start: offset, end: offset, tag: z.string().min(1).max(80) })).max(1_000)
        })
      ])
    })
  ),
  /** Takes the spans every annotator of the selection agreed on into a document's curated layer (one undo step); what a document without disagreements needs to be curated. */
  'adjudication.takeAgreed': method<AdjudicationDocument>()(z.strictObject({ ...agreementSelection, documentId })),
  'import.files': method<ImportReport>()(importFilesInputSchema),
  /** Stops the app's import `runId`: the files read so far are stored and reported by its call; `running` says whether a call of it was under way. */
  'import.stop': method<{ running: boolean }>()(importStopInputSchema),
  /** The whole export in memory (a browser download); the CLI and the desktop app stream to disk instead. */
  'export.choices': method<ExportChoices>()(z.strictObject({}))
}

export type Contract = typeof contract
export type Method = keyof Contract
/** Methods that need an open project: answered with `no-project` when none is. */
export type ProjectMethod = Exclude<Method, WorkspaceMethod>
export type Input<M extends Method> = z.input<Contract[M]['input']>
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>
export type Result<M extends Method> = Contract[M] extends MethodSpec<z.ZodType, infer R> ? R : never

export function isMethod(name: string): name is Method {
  return Object.hasOwn(contract, name)
}

export type { EventMessage, EventName, Events, ShellCommand } from './events'

