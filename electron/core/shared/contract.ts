import { z } from 'zod'
import type { Annotation } from './model/annotation'
import { tagIdSchema } from './model/annotation'
import { LIMITS } from './limits'
import { attributeDefinitionSchema, attributeIdSchema, attributeValueSchema } from './model/attributes'
import { documentStatusSchema, type DocumentRecord, type DocumentSummary } from './model/document'
import { documentIdSchema, tagDefinitionSchema, type TagDefinition } from './model/project'
import type { ListedProject, WorkspaceState } from './workspace/types'
import type { DocumentRemovalResult, ExportChoices, ExportFile, FindResult, HistoryMoveResult, HistoryState, ProjectInfo, ProjectStats, TagAllResult, TagDeleteResult } from './api-types'
import type { BackupInfo, QuarantineEntry, UnsavedChange } from './model/backups'
import { coordinatesSchema, entityNameSchema, type Entity, type RejectedSuggestion, ENTITY_ALIASES_MAX } from './model/entity'
import { documentFieldDefinitionsSchema, documentFieldFilterSchema, documentFieldIdSchema, documentFieldValueSchema, type DocumentFieldDefinition } from './model/document-fields'
import { relationTypeIdSchema, type Relation } from './model/relation'
import { relationTypeDefinitionSchema, MAX_RELATION_TYPES, type RelationTypeDefinition } from './model/relation-types'
import type { ListedRelation, RelationEnd } from './model/relation-listing'
import { CLAIM_SORT_KEYS, FIGURE_PERIODS, type LinkAllResult, type SuggestionList, type EntitiesView, type MentionsView, type ClaimsView, type CountedValue, type FiguresView, type LeftOut } from './model/views'
import { importFilesInputSchema, importStopInputSchema } from './import/contract'
import { entityMatchRefSchema, linkMatchRefSchema, matchListSchema, LINK_MATCHES_MAX, type LinkMatchesResult, type LinkPreview } from './model/link-matches'
import { searchFields, searchSpecSchema, type SavedSearch } from './model/search'
import type { ImportReport } from './import/report'
import type { ExportReport } from './exports/format-exporter'
import { exportOptionsSchema, offsetUnitSchema } from './exports/options'
import type { AnnotationPage, DocumentOpening } from './documents/paged-types'
import type { ProjectAgreement } from './model/agreement'
import { LANGUAGES } from './i18n/locale'

/**
 * The API of Tessera: every method a shell can call, its input schema and its result type.
 * The single source of truth for the core's handlers, the Electron IPC and HTTP transports,
 * the preload bridge and the renderer's clients.
 */

interface MethodSpec<Input extends z.ZodType, Result> {
  readonly input: Input
  /** Type-only: never set at run time. */
  readonly result?: Result
}

function method<Result>() {
  return <Input extends z.ZodType>(input: Input): MethodSpec<Input, Result> => ({ input })
}

const documentId = documentIdSchema
const annotationId = z
  .string()
  .min(1, 'annotationId is required')
  .max(LIMITS.idChars, `annotationId is at most ${LIMITS.idChars} characters`)
const offset = z.number().int('offsets are whole numbers').nonnegative('offsets are never negative')
const pageLimit = z.number().int().min(1).max(LIMITS.annotationPage).default(2_000)
const annotationCursor = z.strictObject({ start: offset, end: offset, id: annotationId })
const entityId = z.string().min(1, 'entityId is required').max(64, 'entityId is at most 64 characters')
const entityEdits = {
  aliases: z.array(entityNameSchema).max(ENTITY_ALIASES_MAX),
  note: z.string().max(20_000),
  coordinates: coordinatesSchema.nullable()
}
const page = { offset: z.number().int().nonnegative().max(10_000_000).default(0), limit: z.number().int().min(1).max(1_000).default(200) }
const claimFilters = {
  outlets: z.array(z.string().max(500)).max(500).optional(),
  entityId: entityId.optional(),
  stances: z.array(z.string().max(80).nullable()).max(50).optional(),
  attributes: z
    .record(z.string().max(40), attributeValueSchema)
    .refine((values) => Object.keys(values).length <= 30, 'at most 30 attribute filters')
    .optional(),
  text: z.string().max(1_000).optional(),
  /** Only claims of documents whose whole-article label matches. */
  documentField: documentFieldFilterSchema.optional(),
  sort: z
    .strictObject({ by: z.enum(CLAIM_SORT_KEYS), direction: z.enum(['asc', 'desc']).default('asc') })
    .default({ by: 'date', direction: 'asc' })
}

/** Which annotators, tags and documents agreement compares; each part left out means all. */
const agreementSelection = {
  annotators: z.array(z.string().min(1).max(500)).min(1).max(100).optional(),
  tags: z.array(z.string().min(1).max(80)).min(1).max(500).optional(),
  documentIds: z.array(documentId).min(1).max(100_000).optional()
}

const NOTE_MAX = 20_000
const findInput = searchFields

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

const folderPath = z.string().trim().min(1, 'a folder is required').max(4_096)
const projectName = z.string().trim().min(1, 'a project needs a name').max(200)
const projectDescription = z.string().max(10_000)

/** Methods that work with no project open: the workspace (which project is open) and the user's settings. */
export const workspaceContract = {
  'workspace.state': method<WorkspaceState>()(z.strictObject({})),
  'workspace.openProject': method<WorkspaceState>()(z.strictObject({ dir: folderPath })),
  'workspace.createProject': method<WorkspaceState>()(
    z.strictObject({
      name: projectName,
      /** Default: a new folder named after the project under the data folder's projects/. */
      folder: folderPath.optional(),
      description: projectDescription.optional(),
      /** A project folder whose tags the new project copies; default: the four default tags. */
      tagsFrom: folderPath.optional()
    })
  ),
  'workspace.closeProject': method<WorkspaceState>()(z.strictObject({})),
  'workspace.forgetRecent': method<WorkspaceState>()(z.strictObject({ dir: folderPath })),
  'workspace.openSample': method<WorkspaceState>()(z.strictObject({})),
  'workspace.listProjects': method<ListedProject[]>()(z.strictObject({})),
  /** A project whose project.json is damaged: take project.json from `backup`, or rebuild it (null); the documents stay. Then open it. */
  'workspace.recoverProject': method<WorkspaceState>()(z.strictObject({ dir: folderPath, backup: z.string().min(1).max(200).nullable() })),
  'settings.setAuthor': method<WorkspaceState>()(z.strictObject({ name: z.string().trim().min(1, 'a name is required').max(200) }))
}
export type WorkspaceMethod = keyof typeof workspaceContract

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

/** Methods only the desktop shell answers: they need a native dialog. */
export const shellContract = {
  'shell.exportProject': method<{ savedTo: string | null; documentCount?: number; report?: ExportReport }>()(exportOptionsSchema),
  /** The Claims view as CSV, saved where the user chooses; savedTo is null when cancelled. */
  'shell.exportClaimsCsv': method<{ savedTo: string | null; documentCount?: number; report?: ExportReport }>()(z.strictObject(claimFilters)),
  /** The agreement view's figures as CSV or Markdown, saved where the user chooses; savedTo is null when cancelled. */
  'shell.exportAgreementReport': method<{ savedTo: string | null; documentCount?: number; report?: ExportReport }>()(
    z.strictObject({ ...agreementSelection, format: z.enum(['csv', 'markdown']) })
  ),
  /** A native folder picker; null when cancelled. */
  'shell.chooseFolder': method<{ dir: string | null }>()(z.strictObject({ title: z.string().max(200).optional() })),
  /** Shows the folder in the system's file manager. */
  'shell.showInFolder': method<{ shown: boolean }>()(z.strictObject({ dir: folderPath })),
  /** The interface language the renderer shows (its menu's choice, else the OS's), so the native menu and dialogs speak it too. */
  'shell.setLanguage': method<{ changed: boolean }>()(z.strictObject({ language: z.enum(LANGUAGES), digits: z.enum(['arab', 'latn']) }))
}
export type ShellContract = typeof shellContract
export type ShellMethod = keyof ShellContract
export type ShellInput<M extends ShellMethod> = z.input<ShellContract[M]['input']>
export type ShellResult<M extends ShellMethod> = ShellContract[M] extends MethodSpec<z.ZodType, infer R> ? R : never
