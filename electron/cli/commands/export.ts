import { resolve } from 'node:path'
import { Option, type Command } from 'commander'
import { exportFormatSchema, exportToFile, offsetUnitSchema, type ExportFormat, type OffsetUnit } from '../../core'
import { withProject, type CliEnvironment } from '../environment'
import { forTerminal } from '../terminal-text'

interface ExportOptions {
  project: string
  format: ExportFormat
  offsets: OffsetUnit
  out?: string
}

export function registerExport(program: Command, environment: CliEnvironment): void {
  program
    .command('export')
    .description('export every document and its annotations (read-only; works while the app has the project open)')
    .requiredOption('--project <dir>', 'the project folder')
    .addOption(new Option('--format <format>', 'the file format').choices(exportFormatSchema.options).makeOptionMandatory())
    .addOption(
      new Option('--offsets <unit>', 'how span offsets count: code points (Python, spaCy, W3C) or UTF-16 units (JavaScript)')
        .choices(offsetUnitSchema.options)
        .default('codepoint')
    )
    .option('--out <file>', 'write to this file (atomically) instead of standard output')
    .action(async (options: ExportOptions) => {
      await withProject(environment, options.project, { readOnly: true }, async (core) => {
        if (options.out === undefined) {
          const file = await core.call('export.project', { format: options.format, offsetUnit: options.offsets })
          environment.stdout.write(file.content)
          return
        }
        const written = await exportToFile(core, options.format, resolve(options.out), options.offsets)
        environment.stderr.write(
          forTerminal(`Exported ${written.documentCount} documents (${options.format}, ${options.offsets} offsets) to ${written.path} (${written.bytes} bytes).`, false) +
            '\n'
        )
      })
    })
}
