import { resolve } from 'node:path'
import { Option, type Command } from 'commander'
import type { ExportFormat, ExportOptionsInput, ExportReport, OffsetUnit } from '../../core'
import { EXPORT_FORMATS, OFFSET_UNITS } from '../../core/shared/exports/names'
import { say } from '../../core/shared/i18n/said'
import type { CliText } from '../cli-text'
import { loadCore, UsageError, withProject, type CliEnvironment } from '../environment'
import { commaList as list } from '../option-lists'
import { forTerminal } from '../terminal-text'

interface ExportCliOptions {
  project: string
  format: ExportFormat
  offsets: OffsetUnit
  out?: string
  csvRaw?: boolean
  tags?: string
  tagPriority?: string
  status?: string
  outlet?: string[]
  documents?: string
  annotator?: string[]
}


function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value]
}

export function registerExport(program: Command, environment: CliEnvironment, text: CliText): void {
  program
    .command('export')
    .description(text.help('cli.export.description'))
    .requiredOption('--project <dir>', text.help('cli.option.project'))
    .addOption(new Option('--format <format>', text.help('cli.export.format')).choices(EXPORT_FORMATS).makeOptionMandatory())
    .addOption(new Option('--offsets <unit>', text.help('cli.export.offsets')).choices(OFFSET_UNITS).default('codepoint'))
    .option('--out <path>', text.help('cli.export.out'))
    .option('--csv-raw', text.help('cli.export.csvRaw'))
    .option('--tags <ids>', text.help('cli.export.tags'))
    .option('--tag-priority <ids>', text.help('cli.export.tagPriority'))
    .option('--status <statuses>', text.help('cli.export.status'))
    .option('--outlet <name>', text.help('cli.export.outlet'), collect)
    .option('--documents <ids>', text.help('cli.export.documents'))
    .option('--annotator <name>', text.help('cli.export.annotator'), collect)
    .action(async (options: ExportCliOptions) => {
      const statuses = list(options.status)
      const exportOptions = {
        format: options.format,
        offsetUnit: options.offsets,
        neutraliseFormulas: !options.csvRaw,
        tags: list(options.tags),
        tagPriority: list(options.tagPriority),
        authors: options.annotator,
        documents: { ids: list(options.documents), statuses, outlets: options.outlet }
      } as ExportOptionsInput
      const { exportToPath, writeRunToStream } = await loadCore()
      await withProject(environment, options.project, { readOnly: true }, async (core) => {
        if (options.out === undefined) {
          const run = core.startExport(exportOptions)
          if (run.multiFile) throw new UsageError(text.t('cli.export.severalFiles', { format: options.format }))
          await writeRunToStream(run, environment.stdout)
          reportNotes(environment, text, run.report)
          return
        }
        const out = resolve(options.out)
        const asFolder = !out.toLowerCase().endsWith('.zip') && core.startExport(exportOptions).multiFile
        const written = await exportToPath(core, exportOptions, out, { asFolder })
        const exported = { count: written.documentCount, format: options.format, offsets: options.offsets, path: `${written.path}${asFolder ? '/' : ''}`, bytes: written.bytes }
        environment.stderr.write(`${forTerminal(text.t('cli.export.exported', exported), false)}\n`)
        reportNotes(environment, text, written.report)
      })
    })
}

/** The core's notes on what the export left out or changed, in the CLI's language. */
function reportNotes(environment: CliEnvironment, text: CliText, report: ExportReport): void {
  for (const note of report.notes) environment.stderr.write(`${forTerminal(say(text.translator, note), false)}\n`)
}
