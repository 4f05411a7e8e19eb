import type { CoreContext } from '../context'
import { said, type Said } from '../shared/i18n/said'
import type { ImportLimits } from '../shared/import/limits'
import type { ImportFileProgress } from '../shared/import/progress'
import type { ImportOptions, ImportReport } from '../shared/import/report'
import type { DocumentRecord } from '../shared/model/document'
import { saidBytes } from './byte-size'
import { commitFiles } from './commit-batch'
import { storeCrossRelations, type StoredFromFile } from './cross-document-relations'
import { DuplicateIndex } from './duplicate-index'
import { reasonOf } from './failure-reason'
import { importError } from './import-error'
import { changesWhatReadingSees, idsChosenFree, prepareFile, type PreparedFile } from './prepare-file'
import { ImportWorkerFailure, type ImportWorkers } from './worker/pool'
import type { ExtractedDocument, ExtractResult, NamedBytes } from './worker/protocol'

/** A file to import and the files of the call its reader reads with it. */
export interface ImportJob {
  file: NamedBytes
  companions: NamedBytes[]
}

/** What the caller can do while an import runs. */
export interface ImportControl {
  /** Asked between files: true stops there; the files read before are committed (durably) and reported, the rest not started. */
  shouldStop?(): boolean
  /** Told as each file is started and once it is read and checked (then it is stored with its batch, or reported failed). */
  onFile?(progress: ImportFileProgress): void
}

/** How many files are read (in the import workers) ahead of the one being checked, and at most how many of their bytes. */
const READ_AHEAD_FILES = 6
const READ_AHEAD_BYTES = 64 * 1024 * 1024
/** A batch is committed once it holds this many files, documents or bytes of files. */
const BATCH_FILES = 32
const BATCH_DOCUMENTS = 2_000
const BATCH_BYTES = 16 * 1024 * 1024

type Outcome = PreparedFile | { kind: 'failed'; name: string; reason: Said }

interface Reading {
  result: Promise<ExtractResult>
  bytes: number
  /** The import's generation when the reading started: a file that changed what reading sees ends it. */
  generation: number
  /** How many of the ids this import took the reading was told of (it may have kept any taken after). */
  idsTaken: number
}

/**
 * Imports files in order, reading the next few in the import workers while earlier ones are checked
 * and committed, and committing several files' documents in one store update. The result is the one
 * file-by-file import would give: a reading that may have depended on what earlier files of the import
 * added (tags, attributes, fields, entities; a document id it kept because it was free) is read again;
 * duplicates are checked against the files not committed yet; a batch whose commit fails is committed
 * again file by file, so one file's failure does not take the others with it, and the report lists a
 * file as imported only once its documents are durable.
 */
export class BatchedImport {
  private batch: Outcome[] = []
  private batchPrints = new DuplicateIndex()
  private batchBytes = 0
  /** The document ids this import took (stored or in the batch), each with its order of taking. */
  private readonly takenIds = new Map<string, number>()
  private generation = 0
  private readonly readings = new Map<number, Reading>()
  /** The ids the project held when the import started, made once: a file read ahead is told only these. */
  private projectIds: string[] | null = null

  constructor(
    private readonly context: CoreContext,
    private readonly workers: ImportWorkers,
    private readonly options: ImportOptions,
    private readonly limits: ImportLimits,
    private readonly known: DuplicateIndex,
    private readonly report: ImportReport
  ) {}

  async run(jobs: readonly ImportJob[], control: ImportControl): Promise<void> {
    for (const [index, job] of jobs.entries()) {
      if (control.shouldStop?.()) break
      const files = [job.file.name, ...job.companions.map((f) => f.name)]
      control.onFile?.({ step: 'reading', files })
      this.readAhead(jobs, index)
      const outcome = await this.prepare(index, job)
      control.onFile?.({ step: 'read', files })
      this.batch.push(outcome)
      this.batchBytes += job.file.bytes.length
      if (outcome.kind === 'prepared') {
        for (const record of outcome.records) this.takenIds.set(record.id, this.takenIds.size)
        for (const print of outcome.prints.fingerprints()) this.batchPrints.add(print)
        if (changesWhatReadingSees(outcome)) {
          // Files read ahead read the project as it was: they are read again once this one is stored.
          this.generation += 1
          this.readings.clear()
          await this.commitBatch()
          continue
        }
      }
      if (this.batchIsFull()) await this.commitBatch()
    }
    this.readings.clear()
    await this.commitBatch()
  }

  private readAhead(jobs: readonly ImportJob[], from: number): void {
    let bytes = [...this.readings.values()].reduce((sum, r) => sum + r.bytes, 0)
    for (let index = from; index < Math.min(jobs.length, from + READ_AHEAD_FILES); index += 1) {
      const job = jobs[index]
      if (!job || this.readings.has(index)) continue
      if (index > from && bytes + job.file.bytes.length > READ_AHEAD_BYTES) break
      this.readings.set(index, this.startReading(job, false))
      bytes += job.file.bytes.length
    }
  }

  /**
   * Reads a file in a worker. Read ahead (`withTakenIds` false), it is told only the ids the project held
   * when the import started, not the growing list of those this import took (copying that list to the
   * worker for every file cost more than the file); it is read again, told all, in the rare case it
   * kept one of them (a Tessera export's own ids, twice in one import).
   */
  private startReading(job: ImportJob, withTakenIds: boolean): Reading {
    const generation = this.generation
    const idsTaken = withTakenIds ? this.takenIds.size : 0
    const result = this.extract(job, withTakenIds)
    // A reading given up (read again, or the import stopped) must not be an unhandled rejection.
    result.catch(() => undefined)
    return { result, bytes: job.file.bytes.length, generation, idsTaken }
  }

  private async extract({ file, companions }: ImportJob, withTakenIds: boolean): Promise<ExtractResult> {
    // The largest file of any format is refused before it is copied to a worker; the worker holds each
    // format to its own limit (line-based files may be larger: their limit bounds one line).
    const largest = Math.max(this.limits.fileBytes, this.limits.lineFileBytes)
    if (file.bytes.length > largest) throw importError(file.name, said('importReport.overLimit', { size: saidBytes(file.bytes.length), limit: saidBytes(largest) }))
    const { store } = this.context
    const { encoding, skipInvalid, addNewTags, textField } = this.options
    this.projectIds ??= [...new Set([...store.info.documentIds, ...this.known.ids()])]
    return this.workers.extract({
      file,
      companions,
      options: { encoding, skipInvalid, addNewTags, textField },
      limits: this.limits,
      project: {
        tags: store.info.tags,
        relationTypeIds: store.info.relationTypes.map((t) => t.id),
        entities: (await store.entities.read()).entities,
        takenDocumentIds: withTakenIds ? [...new Set([...store.info.documentIds, ...this.known.ids(), ...this.takenIds.keys()])] : this.projectIds,
        author: this.context.author,
        now: new Date().toISOString()
      }
    })
  }

  /** The file's reading, read again when it may have seen less than file-by-file import would have. */
  private async read(index: number, job: ImportJob): Promise<ExtractResult> {
    const reading = this.readings.get(index) ?? this.startReading(job, false)
    this.readings.delete(index)
    if (reading.generation !== this.generation) return this.startReading(job, true).result
    const result = await reading.result
    // Taken by this import since the reading was told, or by another writer (a paste in the app) meanwhile.
    const taken = (id: string): boolean => (this.takenIds.get(id) ?? -1) >= reading.idsTaken || this.context.store.hasDocument(id)
    return idsChosenFree(result).some(taken) ? this.startReading(job, true).result : result
  }

  private async prepare(index: number, job: ImportJob): Promise<Outcome> {
    try {
      return await prepareFile(this.context, job.file.name, await this.read(index, job), this.options, this.known, this.batchPrints)
    } catch (error) {
      return { kind: 'failed', name: job.file.name, reason: failureReason(job.file.name, error) }
    }
  }

  private batchIsFull(): boolean {
    const prepared = this.batch.filter((o): o is PreparedFile => o.kind === 'prepared')
    const documents = prepared.reduce((sum, f) => sum + f.records.length, 0)
    return this.batch.length >= BATCH_FILES || documents >= BATCH_DOCUMENTS || this.batchBytes >= BATCH_BYTES
  }

  private async commitBatch(): Promise<void> {
    const outcomes = this.batch
    this.batch = []
    this.batchPrints = new DuplicateIndex()
    this.batchBytes = 0
    const prepared = outcomes.filter((o): o is PreparedFile => o.kind === 'prepared')
    try {
      await commitFiles(this.context, prepared)
    } catch (error) {
      if (prepared.length === 1) return this.reportInOrder(outcomes, new Map([[prepared[0]?.name ?? '', error]]))
      return this.commitOneByOne(outcomes)
    }
    await this.reportInOrder(outcomes, new Map())
  }

  /**
   * After a batch failed: each file checked again for duplicates against what is stored now (a file of
   * the batch it duplicated may not be) and committed alone, in order.
   */
  private async commitOneByOne(outcomes: readonly Outcome[]): Promise<void> {
    for (const outcome of outcomes) {
      if (outcome.kind === 'failed') {
        this.report.failed.push({ file: outcome.name, reason: outcome.reason })
        continue
      }
      let failure: unknown = null
      let again: PreparedFile = outcome
      try {
        again = await prepareFile(this.context, outcome.name, outcome.extracted, this.options, this.known, new DuplicateIndex())
        await commitFiles(this.context, [again])
      } catch (error) {
        failure = error
      }
      await this.reportInOrder([again], failure === null ? new Map() : new Map([[again.name, failure]]))
    }
  }

  /** Says what became of each file, in order; a prepared file not in `failures` is stored. */
  private async reportInOrder(outcomes: readonly Outcome[], failures: ReadonlyMap<string, unknown>): Promise<void> {
    for (const outcome of outcomes) {
      if (outcome.kind === 'failed') {
        this.report.failed.push({ file: outcome.name, reason: outcome.reason })
        continue
      }
      const failure = failures.get(outcome.name)
      if (failures.has(outcome.name)) {
        this.report.failed.push({ file: outcome.name, reason: failureReason(outcome.name, failure) })
        continue
      }
      try {
        // Only once the documents are durable: a relation never points into a document that failed to be stored.
        outcome.warnings.pushAll(await storeCrossRelations(this.context, outcome.name, outcome.extracted.crossRelations ?? [], storedFromFile(outcome.extracted.documents, outcome.records)))
      } catch (error) {
        this.report.failed.push({ file: outcome.name, reason: failureReason(outcome.name, error) })
        continue
      }
      for (const print of outcome.prints.fingerprints()) this.known.add(print)
      addToReport(this.report, outcome)
    }
  }
}

function addToReport(report: ImportReport, file: PreparedFile): void {
  const { extracted, records } = file
  report.files.push({ file: file.name, format: extracted.format, encoding: extracted.encoding })
  report.imported.push(...records.map((r) => ({ file: r.importedFrom, documentId: r.id, title: r.title, annotationCount: r.annotations.length })))
  report.skippedDuplicates.push(...file.skipped)
  report.nearDuplicates.push(...file.near)
  report.warnings.push(...file.warnings.list())
  report.newTags.push(...file.newTags.map(({ id, label }) => ({ id, label })))
  report.newAttributes.push(...file.newAttributes.map(({ tag, attribute }) => ({ tag, id: attribute.id, label: attribute.label, type: attribute.type })))
}

/** The documents of the file that were stored, with the ids the file gave them and their annotations. */
function storedFromFile(documents: readonly ExtractedDocument[], records: readonly DocumentRecord[]): StoredFromFile[] {
  const stored = new Set(records)
  return documents.flatMap((d) =>
    d.kind === 'converted' && stored.has(d.record)
      ? [{ origin: d.record.importedFrom, record: d.record, annotationIds: new Map(d.annotationIds), ...(d.fileId !== undefined ? { fileId: d.fileId } : {}) }]
      : []
  )
}

/** A budget broken or a worker lost is said of the file; anything else as the readers always said it. */
export function failureReason(fileName: string, error: unknown): Said {
  return error instanceof ImportWorkerFailure ? error.problem : reasonOf(fileName, error)
}
