import { constants } from 'node:fs'
import { access, open, readdir, rm, rmdir, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Command } from 'commander'
import type { Input } from '../../core'
import { BYTES_PER_IMPORT_CALL, FILES_PER_IMPORT_CALL, groupCompanions } from '../../core/shared/import/batches'
import { IMPORT_LIMITS, MAX_IMPORT_FILE_BYTES, MAX_LINE_FILE_BYTES, type ImportLimits } from '../../core/shared/import/limits'
import { said, say } from '../../core/shared/i18n/said'
import { saidBytes } from '../../core/import/byte-size'
import type { ImportFile } from '../../core/import/pipeline'
import { TEXT_ENCODINGS, type TextEncoding } from '../../core/shared/import/encodings'
import { emptyReport, formatReport, mergeReports, type ImportReport } from '../../core/shared/import/report'
import { NotARegularFileError, readRegularFile } from '../../core/store/regular-file'
import type { CliText } from '../cli-text'
import { loadCore, UsageError, withProject, type CliEnvironment } from '../environment'
import { callRunningApp, type HandOff } from '../handoff'
import { forTerminal } from '../terminal-text'
import { expandPaths, type FoundFile } from './import-paths'

/** Enough of a file to tell its format by its first bytes. */
const HEAD_BYTES = 64 * 1024
const MEGABYTE = 1024 * 1024

interface ImportCommandOptions {
  project: string
  encoding?: string
  allowDuplicates?: boolean
  skipInvalid?: boolean
  newTags: boolean
  textField?: string
  asLayer?: boolean
  annotator?: string
}

export function registerImport(program: Command, environment: CliEnvironment, text: CliText): void {
  const encodings = TEXT_ENCODINGS.join(', ')
  program
    .command('import')
    .description(text.help('cli.import.description', { fileMegabytes: MAX_IMPORT_FILE_BYTES / MEGABYTE, lineFileMegabytes: MAX_LINE_FILE_BYTES / MEGABYTE }))
    .requiredOption('--project <dir>', text.help('cli.option.project'))
    .option('--encoding <name>', text.help('cli.import.encoding', { encodings }))
    .option('--allow-duplicates', text.help('cli.import.allowDuplicates'))
    .option('--skip-invalid', text.help('cli.import.skipInvalid'))
    .option('--no-new-tags', text.help('cli.import.noNewTags'))
    .option('--text-field <name>', text.help('cli.import.textField'))
    .option('--as-layer', text.help('cli.import.asLayer'))
    .option('--annotator <name>', text.help('cli.import.annotator'))
    .argument('<paths...>', text.help('cli.import.paths'))
    .action(async (paths: string[], options: ImportCommandOptions) => {
      const encoding = parseEncoding(options.encoding, text)
      if (options.annotator !== undefined && !options.asLayer) throw new UsageError(text.t('cli.import.annotatorWithoutLayer'))
      const { files, problems } = await expandPaths(paths)
      let report: ImportReport = { ...emptyReport(), failed: problems }
      if (files.length > 0) report = mergeReports(report, await importInto(environment, text, options, encoding, files))
      for (const line of formatReport(report, text.translator)) environment.stdout.write(`${forTerminal(line, false)}\n`)
      const [first] = report.failed
      if (first) {
        const total = report.failed.length + report.files.length
        throw new Error(text.t('cli.import.failed', { failed: report.failed.length, total, file: first.file, reason: say(text.translator, first.reason) }))
      }
    })
}

function layerOptions({ asLayer, annotator }: ImportCommandOptions): { asLayer?: true; annotator?: string } {
  return asLayer ? { asLayer, ...(annotator !== undefined ? { annotator } : {}) } : {}
}

function parseEncoding(name: string | undefined, text: CliText): TextEncoding | undefined {
  if (name === undefined) return undefined
  const encoding = TEXT_ENCODINGS.find((e) => e === name.toLowerCase())
  if (!encoding) throw new UsageError(text.t('cli.import.badEncoding', { name, encodings: TEXT_ENCODINGS.join(text.t('cli.help.separator')) }))
  return encoding
}

/** Imports the files several a call (a file and its companions always together); a failed import into a new folder leaves no project behind. */
async function importInto(environment: CliEnvironment, text: CliText, options: ImportCommandOptions, encoding: TextEncoding | undefined, files: FoundFile[]): Promise<ImportReport> {
  const projectDir = resolve(options.project)
  const existed = await access(join(projectDir, 'project.json')).then(
    () => true,
    () => false
  )
  const folderExisted = await access(projectDir).then(
    () => true,
    () => false
  )
  const limits = environment.importLimits ?? IMPORT_LIMITS
  const importOptions = { ...(encoding ? { encoding } : {}), allowDuplicates: options.allowDuplicates ?? false, skipInvalid: options.skipInvalid ?? false, addNewTags: options.newTags, ...(options.textField ? { textField: options.textField } : {}), ...layerOptions(options) }
  // Several files a call, packed as importCalls packs them (a group never split, a sidecar once a call):
  // the core reads ahead and commits them in batches. A file's size is known once read, so packing is here.
  const importGroups = async (send: (files: ImportFile[]) => Promise<ImportReport>): Promise<ImportReport> => {
    let total = emptyReport()
    let call: { payload: ImportFile[]; names: string[]; unread: ImportReport['failed'] } = { payload: [], names: [], unread: [] }
    const sendCall = async (): Promise<void> => {
      const part = call.payload.length > 0 ? await send(call.payload) : emptyReport()
      // The files that could not be read are said in their place among the call's failures.
      const position = new Map(call.names.map((name, index) => [name, index]))
      const failed = [...call.unread, ...part.failed].sort((a, b) => (position.get(a.file) ?? Infinity) - (position.get(b.file) ?? Infinity))
      total = mergeReports(total, { ...part, failed })
      call = { payload: [], names: [], unread: [] }
    }
    for (const group of groupCompanions(files.map((file) => ({ name: file.path })))) {
      const read = await readGroup(group.map((f) => f.name), limits)
      const fresh = (files: ImportFile[]): ImportFile[] => files.filter((file) => !call.names.includes(file.name))
      const bytes = (files: ImportFile[]): number => files.reduce((sum, file) => sum + file.bytes.length, 0)
      if (call.names.length + group.length > FILES_PER_IMPORT_CALL || bytes(call.payload) + bytes(fresh(read.payload)) > BYTES_PER_IMPORT_CALL) await sendCall()
      call.payload.push(...fresh(read.payload))
      call.unread.push(...read.unread.filter((failure) => !call.names.includes(failure.file)))
      call.names.push(...group.map((f) => f.name).filter((name) => !call.names.includes(name)))
    }
    await sendCall()
    return total
  }
  const report = await withProject(environment, projectDir, {}, (core) => importGroups((payload) => core.importFiles(payload, importOptions, limits))).catch(
    async (error: unknown) => {
      // The app has the project open: hand the files to it, so they appear there at once.
      const refusal = (await loadCore()).toApiError(error)
      if (refusal.code !== 'locked') throw error
      const handedOff = await importGroups((payload) =>
        handOff(projectDir, payload, importOptions, limits, { lockMessage: refusal.message, work: 'import', translator: text.translator })
      )
      environment.stdout.write(`${forTerminal(text.t('cli.import.handedOff'), false)}\n`)
      return handedOff
    }
  )
  if (!existed && report.imported.length === 0) await removeEmptyProject(projectDir, folderExisted)
  return report
}

/** The files' bytes, and why each that could not be read could not. */
async function readGroup(names: readonly string[], limits: ImportLimits): Promise<{ payload: ImportFile[]; unread: ImportReport['failed'] }> {
  const payload: ImportFile[] = []
  const unread: ImportReport['failed'] = []
  for (const name of names) {
    try {
      const bytes = await readImportFile(name, limits)
      if (bytes === null) unread.push({ file: name, reason: said('importReport.path.missing') })
      else payload.push({ name, bytes })
    } catch (error) {
      unread.push({ file: name, reason: error instanceof NotARegularFileError ? error.problem : said('importReport.path.unreadable', { error: (error as Error).message }) })
    }
  }
  return { payload, unread }
}

/**
 * A file's bytes: at most the per-file limit, or, for a line-based file (JSONL, told by its name and
 * first bytes), at most the line-based cap; each of its lines is then held to the per-file limit.
 */
async function readImportFile(path: string, limits: ImportLimits): Promise<Buffer | null> {
  const size = await stat(path).then(
    (stats) => (stats.isFile() ? stats.size : 0),
    () => 0
  )
  // The readers load only for a file this large (every other CLI call starts without them).
  const lineBased = size > limits.fileBytes && (await import('../../core/import/registry')).isLineBasedFile(path, await readHead(path))
  return readRegularFile(path, lineBased ? limits.lineFileBytes : limits.fileBytes)
}

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const buffer = Buffer.alloc(HEAD_BYTES)
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/**
 * Sends files to the Tessera that has the project open, as one `import.files` call (base64 in JSON); a
 * file past the call's limit is refused by name, with what to do instead.
 */
async function handOff(projectDir: string, files: ImportFile[], options: Input<'import.files'>['options'], limits: ImportLimits, handing: HandOff): Promise<ImportReport> {
  const tooLarge = files.filter((file) => file.bytes.length > limits.fileBytes)
  const fitting = files.filter((file) => file.bytes.length <= limits.fileBytes)
  const refused = tooLarge.map((file) => ({
    file: file.name,
    reason: said('importReport.path.tooLargeToHandOff', { size: saidBytes(file.bytes.length), limit: saidBytes(limits.fileBytes) })
  }))
  const report = { ...emptyReport(), failed: refused }
  if (fitting.length === 0) return report
  const payload = fitting.map((file) => ({ name: file.name, base64: Buffer.from(file.bytes).toString('base64') }))
  return mergeReports(report, await callRunningApp(projectDir, 'import.files', { files: payload, options }, handing))
}

/** Undoes the creation of a project that received nothing, so a failed import leaves no trace. */
async function removeEmptyProject(projectDir: string, keepFolder: boolean): Promise<void> {
  await rm(join(projectDir, 'project.json'), { force: true })
  await rmdir(join(projectDir, 'documents')).catch(() => undefined)
  if (!keepFolder && (await readdir(projectDir).catch(() => ['?'])).length === 0) await rmdir(projectDir).catch(() => undefined)
}
