import { EventEmitter } from 'node:events'
import { access } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { z } from 'zod'
import { contract, exportOptionsSchema, isMethod, type ExportOptionsInput, type EventMessage, type EventName, type Events, type Input, type Method, type Result } from './contract'
import type { CoreContext, Handler } from './context'
import { wholeDocumentChanged } from './documents/changed-event'
import { addDocuments } from './documents/handlers'
import { ApiError, type ApiErrorCode, type Envelope } from './errors'
import { startExport, type ExportRun } from './exports/run'
import type { ExportProgress } from './exports/source'
import { handlers } from './handlers'
import { LIMITS, truncate } from './limits'
import { History } from './history/history'
import { loadSampleCorpus } from './projects/sample'
import { StoreError, storeErrorFromErrno, type StoreErrorCode } from './store/errors'
import { DocumentNotFoundError, PROJECT_FILE, ProjectStore } from './store/project-store'
import { viewIndexOf } from './views/view-index'

export interface CoreOptions {
  projectDir: string
  /** The folder of data the app ships (`resources/`): the sample corpus among it. */
  resourcesDir: string
  author: string
  /** Open without the writer's lock, for reading and exporting while the app has the project open. */
  readOnly?: boolean
  /** Fill a brand-new project with the sample corpus, as a new user's first start does. */
  seedSample?: boolean
  /** Rolling snapshots in the project's backups/ folder (on open and while changes are made); on unless false. */
  backups?: boolean
}

/** The application, whichever shell drives it: every transport ends in `dispatch` or `call`. */
export interface Core {
  readonly projectDir: string
  /** For transports: validates an untrusted method name and payload; never throws. */
  dispatch(method: string, input: unknown): Promise<Envelope<unknown>>
  /** For trusted callers (CLI, tests): the same validation, throwing an ApiError on failure. */
  call<M extends Method>(method: M, input: Input<M>): Promise<Result<M>>
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void
  /** Every event, for transports that pass all of them on. */
  onAny(listener: (message: EventMessage) => void): () => void
  /**
   * For trusted shells (CLI, desktop): an export they stream to disk themselves, document by document.
   * Not in the contract, since a stream cannot travel in one JSON reply; `export.project` is its
   * in-memory twin for the browser.
   */
  startExport(options: ExportOptionsInput, onProgress?: (progress: ExportProgress) => void): ExportRun
  close(): void
}

export async function createCore(options: CoreOptions): Promise<Core> {
  const projectExists = await access(join(options.projectDir, PROJECT_FILE)).then(
    () => true,
    () => false
  )
  const sample = options.seedSample && !projectExists && !options.readOnly ? await loadSampleCorpus(options.resourcesDir) : null
  const store = await ProjectStore.open(options.projectDir, {
    readOnly: options.readOnly,
    nameForNew: sample?.name ?? basename(options.projectDir),
    backups: options.backups ?? true
  })
  const events = new EventEmitter()
  const context: CoreContext = {
    store,
    author: options.author,
    history: new History(),
    emit: (event, payload) => {
      if (event === 'document.changed') viewIndexOf(store).invalidate((payload as Events['document.changed']).documentId)
      events.emit(event, payload)
      events.emit(ANY_EVENT, { event, payload })
    }
  }
  if (sample && store.isNew) await addDocuments(context, sample.documents)
  // A change kept after a failed write is announced when it is finally on disk.
  store.onChangeSaved((documentId) => {
    void store.getDocument(documentId).then(
      (document) => context.emit('document.changed', wholeDocumentChanged(document)),
      () => undefined
    )
  })

  async function run(method: Method, input: unknown): Promise<unknown> {
    // The contract pairs each method with its schema, so the parsed input fits the handler.
    const handler = handlers[method] as Handler<Method>
    return handler(parseInput(method, contract[method].input, input) as never, context)
  }

  return {
    projectDir: options.projectDir,
    async dispatch(method, input) {
      try {
        if (!isMethod(method)) throw new ApiError('unknown-method', `There is no method "${truncate(method, LIMITS.idChars)}".`)
        return { ok: true, result: await run(method, input) }
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
    startExport(options, onProgress) {
      try {
        return startExport(store, parseInput('export', exportOptionsSchema, options), onProgress)
      } catch (error) {
        throw toApiError(error)
      }
    },
    close() {
      events.removeAllListeners()
      store.close()
    }
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
  if (more > 0) problems.push(`… and ${more} more ${more === 1 ? 'problem' : 'problems'}`)
  throw new ApiError('invalid-input', `${method}: ${problems.join('; ')}`)
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  if (error instanceof DocumentNotFoundError) return new ApiError('not-found', error.message)
  const converted = storeErrorFromErrno(error, folderOf(error))
  if (converted instanceof StoreError) return new ApiError(API_CODE_BY_STORE_CODE[converted.code], converted.message)
  const message = error instanceof Error ? error.message : String(error)
  return new ApiError('internal', `Unexpected error: ${message}`)
}

const API_CODE_BY_STORE_CODE: Record<StoreErrorCode, ApiErrorCode> = {
  locked: 'locked',
  unreadable: 'unreadable',
  'no-such-backup': 'not-found',
  'not-a-project': 'unreadable',
  'disk-full': 'disk-full',
  'read-only': 'read-only',
  'newer-version': 'unreadable',
  'write-failed': 'write-failed'
}

/** The folder a raw file-system error happened in, for a message the user can act on. */
function folderOf(error: unknown): string {
  const path = (error as NodeJS.ErrnoException | null)?.path
  return typeof path === 'string' ? dirname(path) : 'the project folder'
}
