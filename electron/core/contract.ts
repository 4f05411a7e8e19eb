import { z } from 'zod'
import type { Annotation } from './model/annotation'
import { tagIdSchema } from './model/annotation'
import { LIMITS } from './limits'
import { attributeDefinitionSchema, attributeIdSchema, attributeValueSchema } from './model/attributes'
import { documentStatusSchema, type DocumentRecord, type DocumentStatus, type DocumentSummary } from './model/document'
import { documentIdSchema, tagDefinitionSchema, type TagDefinition } from './model/project'
import type { ListedProject, WorkspaceState } from './workspace/types'
import type { FindResult, HistoryMoveResult, HistoryState, TagAllResult, TagDeleteResult } from './api-types'

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

const importedFile = z
  .strictObject({
    fileName: z.string().min(1).max(LIMITS.fileNameChars, `a file name is at most ${LIMITS.fileNameChars} characters`),
    content: z.string()
  })
  .superRefine((file, context) => {
    if (file.content.length <= LIMITS.documentChars) return
    const millions = LIMITS.documentChars / 1024 / 1024
    context.addIssue({ code: 'custom', path: ['content'], message: `${file.fileName} is longer than ${millions} M characters: split it` })
  })

const NOTE_MAX = 20_000
const findInput = {
  query: z.string().min(1, 'type something to find').max(1_000),
  wholeWord: z.boolean().default(false),
  caseSensitive: z.boolean().default(false)
}

export const exportFormatSchema = z.enum(['jsonl', 'csv'])
export type ExportFormat = z.infer<typeof exportFormatSchema>

/** Exports count offsets in code points by default (Python, spaCy, W3C); `utf16` is JavaScript's unit. */
export const offsetUnitSchema = z.enum(['codepoint', 'utf16'])
export type OffsetUnit = z.infer<typeof offsetUnitSchema>

export interface ProjectInfo {
  name: string
  description: string
  dir: string
  tags: TagDefinition[]
  author: string
}

/** What `tessera info` and the project settings show: counts by tag and by status. */
export interface ProjectStats {
  name: string
  description: string
  dir: string
  schemaVersion: number
  documentCount: number
  /** Documents whose file cannot be read (listed with their problem by documents.list). */
  unreadableDocumentCount: number
  annotationCount: number
  annotationsByTag: Record<string, number>
  documentsByStatus: Record<DocumentStatus, number>
}

export interface ExportFile {
  fileName: string
  mimeType: string
  content: string
  documentCount: number
}

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
  'settings.setAuthor': method<WorkspaceState>()(z.strictObject({ name: z.string().trim().min(1, 'a name is required').max(200) }))
}
export type WorkspaceMethod = keyof typeof workspaceContract

export const contract = {
  ...workspaceContract,
  'project.get': method<ProjectInfo>()(z.strictObject({})),
  'project.update': method<ProjectInfo>()(
    z
      .strictObject({ name: projectName, description: projectDescription })
      .partial()
      .refine((changes) => changes.name !== undefined || changes.description !== undefined, { message: 'change the name or the description' })
  ),
  'project.stats': method<ProjectStats>()(z.strictObject({})),
  'documents.list': method<DocumentSummary[]>()(z.strictObject({})),
  'documents.get': method<DocumentRecord>()(z.strictObject({ documentId })),
  'documents.importText': method<DocumentSummary[]>()(
    z.strictObject({
      files: z
        .array(importedFile)
        .min(1, 'at least one file is required')
        .max(LIMITS.filesPerImport, `at most ${LIMITS.filesPerImport} files per import: import them in batches`)
    })
  ),
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
  'documents.setStatus': method<DocumentSummary>()(z.strictObject({ documentId, status: documentStatusSchema })),
  'documents.updateMetadata': method<DocumentSummary>()(
    z.strictObject({
      documentId,
      changes: z
        .strictObject({
          title: z.string().trim().min(1, 'a title is required').max(1_000),
          source: z.string().max(500),
          author: z.string().max(500),
          date: z.iso.date().nullable(),
          url: z.string().max(4_000),
          language: z.string().max(35)
        })
        .partial()
    })
  ),
  'search.find': method<FindResult>()(
    z.strictObject({ ...findInput, documentId: documentId.optional(), limit: z.number().int().min(1).max(10_000).default(500) })
  ),
  'tags.add': method<TagDefinition[]>()(z.strictObject({ tag: tagDefinitionSchema, index: z.number().int().nonnegative().optional() })),
  'tags.update': method<TagDefinition[]>()(
    z.strictObject({
      tagId: tagIdSchema,
      changes: z
        .strictObject({
          label: z.string().trim().min(1).max(80),
          color: z.string().regex(/^#[0-9a-f]{6}$/i, 'a colour is #rrggbb'),
          key: z.string().regex(/^[1-9]$/, 'a key is 1–9').nullable(),
          attributes: z.array(attributeDefinitionSchema).max(30)
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
  'export.project': method<ExportFile>()(
    z.strictObject({ format: exportFormatSchema, offsetUnit: offsetUnitSchema.default('codepoint') })
  )
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

/** Events the core emits after a change is on disk; shells forward them to every window. */
export interface Events {
  'document.changed': {
    documentId: string
    annotationCount: number
    /** Annotations created, changed or removed by this change. */
    annotationIds: string[]
    fields: ('annotations' | 'status' | 'metadata')[]
    /** The document as the list shows it, after the change. */
    summary: DocumentSummary
  }
  /** The tag schema changed (after its write): every window redraws tags from it. */
  'project.changed': { tags: TagDefinition[] }
  'history.changed': HistoryState
  'documents.added': { documentIds: string[] }
  /** Sent by the desktop shell only: a menu item asks the focused window's app to act. */
  'shell.command': { command: ShellCommand }
  /** The open project changed (opened, created, closed, switched) or the settings did: every window reloads. */
  'workspace.changed': WorkspaceState
}
/** What the desktop menu can ask the app to do; the ids of shortcuts where the menu item has one. */
export type ShellCommand = 'projects' | 'newProject' | 'openSample' | 'closeProject' | 'projectSettings' | 'undo' | 'redo' | 'find' | 'shortcuts'
export type EventName = keyof Events
/** One event with its payload, as shells pass it on to windows and browser tabs. */
export type EventMessage = { [E in EventName]: { event: E; payload: Events[E] } }[EventName]

/** Methods only the desktop shell answers: they need a native dialog. */
export const shellContract = {
  'shell.exportProject': method<{ savedTo: string | null }>()(z.strictObject({ format: exportFormatSchema })),
  /** A native folder picker; null when cancelled. */
  'shell.chooseFolder': method<{ dir: string | null }>()(z.strictObject({ title: z.string().max(200).optional() })),
  /** Shows the folder in the system's file manager. */
  'shell.showInFolder': method<{ shown: boolean }>()(z.strictObject({ dir: folderPath }))
}
export type ShellContract = typeof shellContract
export type ShellMethod = keyof ShellContract
export type ShellInput<M extends ShellMethod> = z.input<ShellContract[M]['input']>
export type ShellResult<M extends ShellMethod> = ShellContract[M] extends MethodSpec<z.ZodType, infer R> ? R : never
