import { resolve } from 'node:path'
import { Option, type Command } from 'commander'
import {
  exportFormatSchema,
  exportToPath,
  offsetUnitSchema,
  writeRunToStream,
  type ExportFormat,
  type ExportOptionsInput,
  type ExportReport,
  type OffsetUnit
} from '../../core'
import { UsageError, withProject, type CliEnvironment } from '../environment'
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

const list = (value: string | undefined): string[] | undefined =>
  value === undefined ? undefined : value.split(',').map((item) => item.trim()).filter(Boolean)

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value]
}

export function registerExport(program: Command, environment: CliEnvironment): void {
  program
    .command('export')
    .description('export the documents and their annotations (read-only; works while the app has the project open)')
    .requiredOption('--project <dir>', 'the project folder')
    .addOption(new Option('--format <format>', 'the dataset format').choices(exportFormatSchema.options).makeOptionMandatory())
    .addOption(
      new Option('--offsets <unit>', 'how span offsets count (jsonl, csv, spacy): code points (Python, spaCy) or UTF-16 units (JavaScript)')
        .choices(offsetUnitSchema.options)
        .default('codepoint')
    )
    .option('--out <path>', 'write here (atomically) instead of standard output; csv and brat: a .zip file, or a folder that does not exist yet')
    .option('--csv-raw', 'csv: leave cells starting with = + - @ as they are (spreadsheets may run them as formulas)')
    .option('--tags <ids>', 'only these tags, comma-separated')
    .option('--tag-priority <ids>', 'conll and spacy ents: where spans overlap, these tags win, in this order')
    .option('--status <statuses>', 'only documents with these statuses (not-started, in-progress, done), comma-separated')
    .option('--outlet <name>', 'only documents from this outlet (repeat for several)', collect)
    .option('--documents <ids>', 'only these document ids, comma-separated')
    .option('--annotator <name>', 'only annotations by this annotator (repeat for several)', collect)
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
      await withProject(environment, options.project, { readOnly: true }, async (core) => {
        if (options.out === undefined) {
          const run = core.startExport(exportOptions)
          if (run.multiFile) throw new UsageError(`${options.format} is several files: give --out with a .zip file or a new folder.`)
          await writeRunToStream(run, environment.stdout)
          reportNotes(environment, run.report)
          return
        }
        const out = resolve(options.out)
        const asFolder = !out.toLowerCase().endsWith('.zip') && core.startExport(exportOptions).multiFile
        const written = await exportToPath(core, exportOptions, out, { asFolder })
        environment.stderr.write(
          forTerminal(`Exported ${written.documentCount} documents (${options.format}, ${options.offsets} offsets) to ${written.path}${asFolder ? '/' : ''} (${written.bytes} bytes).`, false) +
            '\n'
        )
        reportNotes(environment, written.report)
      })
    })
}

function reportNotes(environment: CliEnvironment, report: ExportReport): void {
  for (const note of report.notes) environment.stderr.write(`${note}\n`)
}
