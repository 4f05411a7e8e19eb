import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { ApiError } from '../../shared/errors'
import { inEnglish, said, type Said } from '../../shared/i18n/said'
import { shippedWorkerEntry, workerScript } from './location'
import type { ExtractedDocument, ExtractRequest, ExtractResult, NamedBytes, PlanResult, WorkerReply, WorkerTask } from './protocol'

export interface ImportWorkersOptions {
  /** The worker module; by default the shipped one. Tests bring their own, which registers test readers and then loads the shipped entry. */
  entry?: URL
  /** How many files may be read at once (by different imports); by default `defaultPoolSize()`. */
  size?: number
  /** How long one file may take to read, from the moment its worker starts on it or last reported progress (a line read, a document converted). */
  timeBudgetMs?: number
  /** The heap one file's reading may use (the worker's old generation). */
  memoryBudgetMb?: number
  /** A worker left idle this long is ended, giving back its memory. */
  idleMs?: number
}

export const DEFAULT_TIME_BUDGET_MS = 60_000
export const DEFAULT_MEMORY_BUDGET_MB = 1024
const DEFAULT_IDLE_MS = 30_000
/**
 * Each worker may grow to the memory budget, so the pool's worst case is this many times 1 GB beside the
 * main process, however many cores the machine has: a folder of large Word files read ahead on a 16-core
 * laptop would otherwise take 15 GB. Reading is rarely what an import waits for (checking and committing
 * run on the main thread), so a second worker is where more cores stop paying.
 */
const MAX_DEFAULT_WORKERS = 2

/** One less than the cores (the main thread keeps one), at least one, at most MAX_DEFAULT_WORKERS. */
export function defaultPoolSize(cores = availableParallelism()): number {
  return Math.min(MAX_DEFAULT_WORKERS, Math.max(1, cores - 1))
}
/** A worker that has not loaded its readers by then will not: its task fails rather than waiting for ever. */
const STARTUP_DEADLINE_MS = 60_000

/**
 * A file broke a budget or killed its worker. `problem` is a predicate ("took longer than 60 s to
 * read."), so the pipeline can say it of the file by name.
 */
export class ImportWorkerFailure extends Error {
  constructor(readonly problem: Said) {
    super(inEnglish(problem))
    this.name = 'ImportWorkerFailure'
  }
}

interface Job {
  task: WorkerTask
  /** An extract's documents as they arrive, ahead of its result. */
  documents: ExtractedDocument[]
  resolve(result: PlanResult | ExtractResult): void
  reject(error: Error): void
}

interface Slot {
  worker: Worker
  ready: boolean
  job: Job | null
  /** The id of the task posted to the worker, once posted. */
  posted: number | null
  timer: NodeJS.Timeout | null
}

/**
 * A small pool of import workers (Node worker_threads). Each file is read in a worker under a time
 * budget (a timer that ends the worker) and a memory budget (the worker's heap limit); a file that
 * breaks either fails on its own, its worker is ended and a fresh one is started for the next file.
 * The main thread only sends bytes and receives records, so it keeps answering other calls while an
 * import runs. Idle workers do not keep the process alive and end after a while.
 */
export class ImportWorkers {
  readonly timeBudgetMs: number
  readonly memoryBudgetMb: number
  private readonly entry: URL
  private readonly size: number
  private readonly idleMs: number
  private readonly slots = new Set<Slot>()
  private readonly queue: Job[] = []
  private nextId = 1
  private closed = false

  constructor(options: ImportWorkersOptions = {}) {
    this.entry = options.entry ?? shippedWorkerEntry()
    this.size = Math.max(1, options.size ?? defaultPoolSize())
    this.timeBudgetMs = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS
    this.memoryBudgetMb = options.memoryBudgetMb ?? DEFAULT_MEMORY_BUDGET_MB
    this.idleMs = options.idleMs ?? DEFAULT_IDLE_MS
  }

  /** The companions of each file that its reader reads with it, among `files`. */
  async plan(files: NamedBytes[]): Promise<Map<string, string[]>> {
    const { companions } = (await this.run({ kind: 'plan', files })) as PlanResult
    return new Map(companions)
  }

  /** One file read and turned into records, or an ApiError naming the file, or an ImportWorkerFailure. */
  async extract(request: Omit<ExtractRequest, 'kind'>): Promise<ExtractResult> {
    return (await this.run({ kind: 'extract', ...request })) as ExtractResult
  }

  /**
   * Starts a worker now, if none is running, and resolves once it has loaded its readers: a caller that
   * knows an import is coming (the CLI while it reads the files from disk, a test before its first
   * import) takes the start-up off the first file's way. Never rejects.
   */
  async warm(): Promise<void> {
    if (this.slots.size > 0 || this.closed) return
    await this.plan([]).catch(() => undefined)
  }

  /** Ends every worker; queued and running tasks fail. */
  async close(): Promise<void> {
    this.closed = true
    for (const job of this.queue.splice(0)) job.reject(new ImportWorkerFailure(said('importReport.worker.stopped')))
    await Promise.all([...this.slots].map((slot) => this.end(slot, new ImportWorkerFailure(said('importReport.worker.stopped')))))
  }

  private run(task: WorkerTask): Promise<PlanResult | ExtractResult> {
    if (this.closed) return Promise.reject(new ImportWorkerFailure(said('importReport.worker.closed')))
    return new Promise((resolve, reject) => {
      this.queue.push({ task, documents: [], resolve, reject })
      this.pump()
    })
  }

  private pump(): void {
    while (!this.closed && this.queue.length > 0) {
      const slot = [...this.slots].find((s) => !s.job) ?? (this.slots.size < this.size ? this.spawn() : null)
      const job = slot && this.queue.shift()
      if (!slot || !job) return
      slot.job = job
      slot.worker.ref()
      if (slot.timer) clearTimeout(slot.timer)
      if (slot.ready) this.post(slot)
      else slot.timer = setTimeout(() => void this.end(slot, new ImportWorkerFailure(said('importReport.worker.didNotStart'))), STARTUP_DEADLINE_MS)
    }
  }

  private spawn(): Slot {
    const { script, eval: isCode } = workerScript(this.entry)
    const worker = new Worker(script, { eval: isCode, resourceLimits: { maxOldGenerationSizeMb: this.memoryBudgetMb } })
    const slot: Slot = { worker, ready: false, job: null, posted: null, timer: null }
    this.slots.add(slot)
    worker.on('message', (reply: WorkerReply) => this.receive(slot, reply))
    worker.on('error', (error: Error & { code?: string }) => {
      const problem =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? said('importReport.worker.outOfMemory', { megabytes: this.memoryBudgetMb })
          : said('importReport.worker.crashed', { error: error.message })
      void this.end(slot, new ImportWorkerFailure(problem))
    })
    worker.on('exit', (code) => void this.end(slot, new ImportWorkerFailure(said('importReport.worker.exited', { code: String(code) }))))
    return slot
  }

  private post(slot: Slot): void {
    if (!slot.job) return
    const id = this.nextId++
    slot.posted = id
    slot.timer = this.budgetTimer(slot)
    slot.worker.postMessage({ ...slot.job.task, id })
  }

  private budgetTimer(slot: Slot): NodeJS.Timeout {
    return setTimeout(() => void this.end(slot, new ImportWorkerFailure(said('importReport.worker.tooSlow', { time: describeSeconds(this.timeBudgetMs) }))), this.timeBudgetMs)
  }

  private receive(slot: Slot, reply: WorkerReply): void {
    if (!this.slots.has(slot)) return
    if (reply.kind === 'ready') {
      slot.ready = true
      if (slot.timer) clearTimeout(slot.timer)
      slot.timer = null
      if (slot.job) this.post(slot)
      else this.idle(slot)
      return
    }
    const job = slot.job
    if (!job || reply.id !== slot.posted) return
    if (reply.kind === 'progress' || reply.kind === 'documents') {
      // A file that keeps moving keeps its worker: the budget is for a reader that is stuck.
      if (slot.timer) clearTimeout(slot.timer)
      slot.timer = this.budgetTimer(slot)
    }
    if (reply.kind === 'progress') return
    if (reply.kind === 'documents') {
      for (const document of reply.documents) job.documents.push(document)
      return
    }
    if (slot.timer) clearTimeout(slot.timer)
    slot.job = null
    slot.posted = null
    if (reply.kind === 'done') job.resolve('documents' in reply.result ? { ...reply.result, documents: job.documents } : reply.result)
    else job.reject(reply.error.code ? new ApiError(reply.error.code, reply.error.said ?? reply.error.message) : new Error(reply.error.message))
    this.idle(slot)
    this.pump()
  }

  private idle(slot: Slot): void {
    if (slot.job) return
    slot.worker.unref()
    slot.timer = setTimeout(() => void this.end(slot, null), this.idleMs)
    slot.timer.unref()
  }

  /** Takes the worker out of the pool, fails its task (if any) with `failure`, and ends it. A later task starts a fresh worker. */
  private async end(slot: Slot, failure: ImportWorkerFailure | null): Promise<void> {
    if (!this.slots.delete(slot)) return
    if (slot.timer) clearTimeout(slot.timer)
    if (slot.job && failure) slot.job.reject(failure)
    slot.job = null
    this.pump()
    await slot.worker.terminate().catch(() => undefined)
  }
}

/** "60 s", "0.2 s": whole seconds as they are, any other time to a tenth. */
function describeSeconds(ms: number): Said {
  const seconds = ms / 1000
  return Number.isInteger(seconds) ? said('importReport.seconds', { seconds }) : said('importReport.secondsTenths', { seconds: Number(seconds.toFixed(1)) })
}

let shared: ImportWorkers | null = null

/** The process's pool on the shipped worker, started on first use. */
export function sharedImportWorkers(): ImportWorkers {
  shared ??= new ImportWorkers()
  return shared
}
