import { access, readdir, rm, rmdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Command } from 'commander'
import { MAX_IMPORT_BYTES, NotARegularFileError, readRegularFile, toApiError, type Input } from '../../core'
import { groupCompanions } from '../../core/import/batches'
import { TEXT_ENCODINGS, type TextEncoding } from '../../core/import/encodings'
import { emptyReport, formatReport, mergeReports, type ImportReport } from '../../core/import/report'
import { UsageError, withProject, type CliEnvironment } from '../environment'
import { callRunningApp } from '../handoff'
import { forTerminal } from '../terminal-text'
import { expandPaths, type FoundFile } from './import-paths'

interface ImportCommandOptions {
  project: string
  encoding?: string
  allowDuplicates?: boolean
  skipInvalid?: boolean
  newTags: boolean
}

export function registerImport(program: Command, environment: CliEnvironment): void {
  program
    .command('import')
    .description(
      `import articles and annotated corpora: text, Markdown, HTML, Word .docx, PDF, doccano JSONL, Label Studio JSON (at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB each); folders are read recursively; creates the project if the folder is new or empty`
    )
    .requiredOption('--project <dir>', 'the project folder')
    .option('--encoding <name>', `read text files in this encoding instead of detecting it: ${TEXT_ENCODINGS.join(', ')}`)
    .option('--allow-duplicates', 'import a document even when the project already holds the same text')
    .option('--skip-invalid', 'import the valid lines of a JSON Lines file that also holds invalid ones')
    .option('--no-new-tags', 'leave out spans whose label the project has no tag for, instead of adding a tag')
    .argument('<paths...>', 'files or folders to import')
    .action(async (paths: string[], options: ImportCommandOptions) => {
      const encoding = parseEncoding(options.encoding)
      const { files, problems } = await expandPaths(paths)
      let report: ImportReport = { ...emptyReport(), failed: problems }
      if (files.length > 0) report = mergeReports(report, await importInto(environment, options, encoding, files))
      for (const line of formatReport(report)) environment.stdout.write(`${forTerminal(line, false)}\n`)
      const [first] = report.failed
      if (first) {
        const total = report.failed.length + report.files.length
        throw new Error(`could not import ${report.failed.length} of ${total} file(s); the first: ${first.file} ${first.reason}`)
      }
    })
}

function parseEncoding(name: string | undefined): TextEncoding | undefined {
  if (name === undefined) return undefined
  const encoding = TEXT_ENCODINGS.find((e) => e === name.toLowerCase())
  if (!encoding) throw new UsageError(`--encoding ${name} is not one Tessera reads; use one of ${TEXT_ENCODINGS.join(', ')}.`)
  return encoding
}

/** Imports file by file (a file and its companions together); a failed import into a new folder leaves no project behind. */
async function importInto(environment: CliEnvironment, options: ImportCommandOptions, encoding: TextEncoding | undefined, files: FoundFile[]): Promise<ImportReport> {
  const projectDir = resolve(options.project)
  const existed = await access(join(projectDir, 'project.json')).then(
    () => true,
    () => false
  )
  const folderExisted = await access(projectDir).then(
    () => true,
    () => false
  )
  const importGroups = async (importFiles: (input: Input<'import.files'>) => Promise<ImportReport>): Promise<ImportReport> => {
    let total = emptyReport()
    for (const group of groupCompanions(files.map((file) => ({ name: file.path })))) {
      const payload: { name: string; base64: string }[] = []
      for (const { name } of group) {
        try {
          const bytes = await readRegularFile(name, MAX_IMPORT_BYTES)
          if (bytes === null) total.failed.push({ file: name, reason: 'does not exist.' })
          else payload.push({ name, base64: bytes.toString('base64') })
        } catch (error) {
          total.failed.push({ file: name, reason: error instanceof NotARegularFileError ? error.problem : `cannot be read (${(error as Error).message}).` })
        }
      }
      if (payload.length === 0) continue
      const part = await importFiles({
        files: payload,
        options: { ...(encoding ? { encoding } : {}), allowDuplicates: options.allowDuplicates ?? false, skipInvalid: options.skipInvalid ?? false, addNewTags: options.newTags }
      })
      total = mergeReports(total, part)
    }
    return total
  }
  const report = await withProject(environment, projectDir, {}, (core) => importGroups((input) => core.call('import.files', input))).catch(
    async (error: unknown) => {
      // The app has the project open: hand the files to it, so they appear there at once.
      const refusal = toApiError(error)
      if (refusal.code !== 'locked') throw error
      const handedOff = await importGroups((input) => callRunningApp(projectDir, 'import.files', input, refusal.message))
      environment.stdout.write(`${forTerminal('The project is open in Tessera: the files were handed to it.', false)}\n`)
      return handedOff
    }
  )
  if (!existed && report.imported.length === 0) await removeEmptyProject(projectDir, folderExisted)
  return report
}

/** Undoes the creation of a project that received nothing, so a failed import leaves no trace. */
async function removeEmptyProject(projectDir: string, keepFolder: boolean): Promise<void> {
  await rm(join(projectDir, 'project.json'), { force: true })
  await rmdir(join(projectDir, 'documents')).catch(() => undefined)
  if (!keepFolder && (await readdir(projectDir).catch(() => ['?'])).length === 0) await rmdir(projectDir).catch(() => undefined)
}
