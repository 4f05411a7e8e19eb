import { readerOf } from './layers/blind-reads'
import { EventEmitter } from 'node:events'
import { dirname } from 'node:path'
import type { z } from 'zod'
import {
  contract,
  exportOptionsSchema,
  isMethod,
  workspaceContract,
  type ExportOptionsInput,
  type EventMessage,
  type EventName,
  type Events,
  type Input,
  type Method,
  type ProjectMethod,
  type Result,
  type WorkspaceMethod
} from './shared/contract'
import type { Handler } from './context'
import { ApiError, type ApiErrorCode, type Envelope } from './shared/errors'
import { startExport, type ExportRun } from './exports/run'
import type { ExportProgress } from './exports/source'
import { handlers } from './handlers'
import { importOptionsSchema } from './shared/import/contract'
import type { ImportLimits } from './shared/import/limits'
import { importFiles, type ImportControl, type ImportFile } from './import/pipeline'
import type { ImportReport } from './shared/import/report'
import type { ImportWorkers } from './import/worker/pool'
import { LIMITS, truncate } from './shared/limits'
import { said, verbatim, type Said, type SaidValue } from './shared/i18n/said'
import { StoreError, storeErrorFromErrno, type StoreErrorCode } from './store/errors'
import { DocumentNotFoundError } from './store/project-store'
import { workspaceHandlers } from './workspace/handlers'
import { holdsProject } from './workspace/project-folders'
import { Workspace } from './workspace/workspace'
import type { JournalFileSystem } from './store/journal-file-system'

/** What a transport knows of its caller beyond the method and input. */
export interface CallerView {
  /**
   * The project folder the calling window believes is open. A project method from a window that missed
   * a switch is refused with `project-changed` instead of being answered by the other project.
   */
  project?: string
}

export interface CoreOptions {
  /** The project to open at start; when it cannot be opened, createCore throws (the CLI, tests, `--project`). */
  projectDir?: string
  /** The folder of data the app ships (`resources/`): the sample corpus among it. */
  resourcesDir: string
  /** The annotator's name to prefill (the OS user), or the one TESSERA_AUTHOR chose. */
  author: string
  /** True when `author` was chosen explicitly (TESSERA_AUTHOR): the first-start question is not asked. */
  authorConfirmed?: boolean
  /** Open without the writer's lock, for reading and exporting while the app has the project open. */
  readOnly?: boolean
  /** Fill a brand-new project with the sample corpus, as a new user's first start does. */
  seedSample?: boolean
  /**
   * Build the corpus views' index in the background once a window has listed the documents, so the first
   * Entities, Claims or Figures tab of a session opens at once (the app's shells; off for the CLI and tests).
   */
  warmViews?: boolean
  /** The number of documents from which the corpus views use the index on disk (`STORED_VIEWS_FROM`; tests use 0). */
  storedViewsFrom?: number
  /** Tests only: document rows read per step when the views' index file is opened. */
  storedViewsRowsPerStep?: number
  /** Rolling snapshots in the project's backups/ folder (on open and while changes are made); on unless false. */
  backups?: boolean
  /** Where settings.json and projects/ live (the shells); without it, settings live in memory only. */
  dataDir?: string | null
  /**
   * Without projectDir: the project opened when the settings name no last project or it will not open
   * (seeded with the sample when new). If that fails too, the core starts with no project open.
   */
  fallbackProjectDir?: string
  /** The workers imports read files in (tests bring a pool with test readers); the process's shared pool by default. */
  importWorkers?: ImportWorkers
  /** For tests: the file system journals are appended through, so a test can make the disk fail. */
  journalFileSystem?: JournalFileSystem
}

/** The application, whichever shell drives it: every transport ends in `dispatch` or `call`. */
export interface Core {
  /** The open project's folder, or null when none is open (the start screen). */
  readonly projectDir: string | null
  /** For transports: validates an untrusted method name and payload; never throws. */
  dispatch(method: string, input: unknown, caller?: CallerView): Promise<Envelope<unknown>>
  /** For trusted callers (CLI, tests): the same validation, throwing an ApiError on failure. */
  call<M extends Method>(method: M, input: Input<M>): Promise<Result<M>>
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void
  /** Every event, for transports that pass all of them on. */
  onAny(listener: (message: EventMessage) => void): () => void
  /**
   * For trusted shells (CLI, desktop): an export they stream to disk themselves, document by document.
   * Not in the contract, since a stream cannot travel in one JSON reply (browser mode streams it over
   * HTTP with `POST /api/export/download`).
   */
  startExport(options: ExportOptionsInput, onProgress?: (progress: ExportProgress) => void): ExportRun
  /**
   * For trusted shells (the CLI): `import.files` with the files' bytes instead of base64 in one JSON call,
   * so a line-based file (JSONL) past the call's 50 MB can be imported: its limit is per line. `limits`
   * is for tests; the default is IMPORT_LIMITS. `control.shouldStop` is asked between files (Cancel);
   * the app's calls are stopped through the contract instead (`import.stop`).
   */
  importFiles(files: ImportFile[], options: z.input<typeof importOptionsSchema>, limits?: ImportLimits, control?: ImportControl): Promise<ImportReport>
  /** Resolves once every write queued so far is on disk. */
  whenIdle(): Promise<void>
  /** For quitting: waits for queued writes, then releases the project's lock. */
  shutdown(): Promise<void>
  /** Releases the project's lock at once (callers that have awaited their own writes). */
  close(): void
}

export async function createCore(options: CoreOptions): Promise<Core> {
  const events = new EventEmitter()
  const emitAll = <E extends EventName>(event: E, payload: Events[E]): void => {
    events.emit(event, payload)
    events.emit(ANY_EVENT, { event, payload })
  }
  let started = false
  let announcing: Promise<void> = Promise.resolve()
  const workspace = await Workspace.load({
    dataDir: options.dataDir ?? null,
    resourcesDir: options.resourcesDir,
    author: options.author,
    authorConfirmed: options.authorConfirmed ?? false,
    journalFileSystem: options.journalFileSystem,
    announce: emitAll,
    importWorkers: options.importWorkers,
    warmViews: options.warmViews,
    storedViewsFrom: options.storedViewsFrom,
    storedViewsRowsPerStep: options.storedViewsRowsPerStep,
    onChange: () => {
      // The project opened at start is no change: windows load the state when they open.
      // States are read and sent one after another, so a slow read can never deliver an older state last.
      if (started) announcing = announcing.then(async () => emitAll('workspace.changed', await workspace.state())).catch(() => undefined)
    }
  })
  await openAtStart(workspace, options)
  started = true

  async function run(method: Method, input: unknown, caller: CallerView = {}): Promise<unknown> {
    if (isWorkspaceMethod(method)) {
      const handler = workspaceHandlers[method] as (input: never, workspace: Workspace) => Promise<unknown>
      return handler(parseInput(method, contract[method].input, input) as never, workspace)
    }
    // The contract pairs each method with its schema, so the parsed input fits the handler.
    const handler = handlers[method] as Handler<ProjectMethod>
    const parsed = parseInput(method, contract[method].input, input)
    const project = workspace.requireProject()
    if (caller.project !== undefined && caller.project !== project.store.dir) {
      throw new ApiError('project-changed', said('problems.core.projectChanged', { shown: caller.project, open: project.store.dir }))
    }
    return project.track(handler(parsed as never, project.context))
  }

  return {
    get projectDir() {
      return workspace.project?.store.dir ?? null
    },
    async dispatch(method, input, caller) {
      try {
        if (!isMethod(method)) throw new ApiError('unknown-method', said('problems.core.unknownMethod', { method: truncate(method, LIMITS.idChars) }))
        return { ok: true, result: await run(method, input, caller) }
      } catch (error) {
        return { ok: false, error: toApiError(error).toBody() }
      }
    },
    async call(method, input) {
      try {
        return (await run(method, input)) as Result<typeof method>
      } catch (error) {
        throw toApiError(error)
      }
    },
    on(event, listener) {
      events.on(event, listener)
      return () => events.off(event, listener)
    },
    onAny(listener) {
      events.on(ANY_EVENT, listener)
      return () => events.off(ANY_EVENT, listener)
    },
    startExport(exportOptions, onProgress) {
      try {
        const project = workspace.requireProject()
        return startExport(project.store, parseInput('export', exportOptionsSchema, exportOptions), readerOf(project.context), onProgress)
      } catch (error) {
        throw toApiError(error)
      }
    },
    async importFiles(files, importOptions, limits, control) {
      try {
        const parsed = parseInput('import', importOptionsSchema, importOptions)
        const project = workspace.requireProject()
        return await project.track(importFiles(project.context, files, parsed, project.context.importWorkers, limits, control))
      } catch (error) {
        throw toApiError(error)
      }
    },
    whenIdle: () => workspace.whenIdle(),
    async shutdown() {
      await workspace.shutdown()
      events.removeAllListeners()
    },
    close() {
      events.removeAllListeners()
      workspace.project?.views.close()
      workspace.project?.store.close()
    }
  }
}

function isWorkspaceMethod(method: Method): method is WorkspaceMethod {
  return Object.hasOwn(workspaceContract, method)
}

/** The project a start opens: the one asked for (which must open), else the last one, else the fallback. */
async function openAtStart(workspace: Workspace, options: CoreOptions): Promise<void> {
  const openOptions = { readOnly: options.readOnly, seedSample: options.seedSample, backups: options.backups }
  if (options.projectDir) {
    // Named on the command line: the next plain start comes back to it only once the user works in it.
    await workspace.open(options.projectDir, { ...openOptions, rememberOnChange: true })
    return
  }
  const last = workspace.lastProjectDir
  if (last) {
    if (!(await holdsProject(last))) workspace.addNotice(said('problems.core.lastProjectGone', { dir: last }))
    else await workspace.open(last, openOptions).catch((error: unknown) => workspace.addNotice(said('problems.core.lastProjectNotOpened', { reason: reasonSaid(error) })))
  }
  if (!workspace.project && options.fallbackProjectDir) {
    await workspace.open(options.fallbackProjectDir, openOptions).catch((error: unknown) => workspace.addNotice(said('problems.core.defaultProjectNotOpened', { reason: reasonSaid(error) })))
  }
}

const ANY_EVENT = Symbol('any event')

/**
 * Validates an untrusted input against a method's schema. The error names the method and the first
 * few problems, and counts the rest: a payload with a million bad items gets a short answer.
 */
export function parseInput<S extends z.ZodType>(method: string, schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input)
  if (parsed.success) return parsed.data
  const { issues } = parsed.error
  const problems = issues
    .slice(0, LIMITS.reportedProblems)
    .map((issue) => truncate(issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message, LIMITS.problemChars))
  const more = issues.length - problems.length
  const listed = problems.join('; ')
  throw new ApiError('invalid-input', more > 0 ? said('problems.core.invalidInputMore', { method, problems: listed, more }) : said('problems.core.invalidInput', { method, problems: listed }))
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  if (error instanceof DocumentNotFoundError) return new ApiError('not-found', error.said)
  const converted = storeErrorFromErrno(error, folderOf(error))
  if (converted instanceof StoreError) return new ApiError(API_CODE_BY_STORE_CODE[converted.code], converted.said)
  const message = error instanceof Error ? error.message : String(error)
  return new ApiError('internal', said('problems.core.unexpected', { message }))
}

const API_CODE_BY_STORE_CODE: Record<StoreErrorCode, ApiErrorCode> = {
  locked: 'locked',
  busy: 'busy',
  unreadable: 'unreadable',
  'no-such-backup': 'not-found',
  'not-a-project': 'unreadable',
  'disk-full': 'disk-full',
  'read-only': 'read-only',
  'newer-version': 'unreadable',
  'write-failed': 'write-failed',
  'invalid-data': 'invalid-input',
  // Without the writer's lock: windows and shells already tell the user this as a lock problem.
  'opened-read-only': 'locked',
  'duplicate-id': 'invalid-input'
}

/** The folder a raw file-system error happened in, for a message the user can act on. */
function folderOf(error: unknown): SaidValue {
  const path = (error as NodeJS.ErrnoException | null)?.path
  return typeof path === 'string' ? dirname(path) : said('problems.store.theProjectFolder')
}

/** Why a project could not be opened, as message data (the error's own message, else its English text). */
function reasonSaid(error: unknown): Said {
  const apiError = toApiError(error)
  return apiError.said ?? verbatim(apiError.message)
}
