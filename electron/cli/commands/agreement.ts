import { resolve } from 'node:path'
import type { Command } from 'commander'
import type { CliText } from '../cli-text'
import { loadCore, withProject, type CliEnvironment } from '../environment'
import { commaList } from '../option-lists'
import { forTerminal } from '../terminal-text'

interface AgreementCliOptions {
  project: string
  annotators?: string
  tags?: string
  documents?: string
  json?: boolean
  csv?: string
  markdown?: string
}

export function registerAgreement(program: Command, environment: CliEnvironment, text: CliText): void {
  program
    .command('agreement')
    .description(text.help('cli.agreement.description'))
    .requiredOption('--project <dir>', text.help('cli.option.project'))
    .option('--annotators <names>', text.help('cli.agreement.annotators'))
    .option('--tags <ids>', text.help('cli.agreement.tags'))
    .option('--documents <ids>', text.help('cli.agreement.documents'))
    .option('--json', text.help('cli.agreement.json'))
    .option('--csv <file>', text.help('cli.agreement.csv'))
    .option('--markdown <file>', text.help('cli.agreement.markdown'))
    .action(async (options: AgreementCliOptions) => {
      const { exportFileToPath } = await loadCore()
      await withProject(environment, options.project, { readOnly: true }, async (core) => {
        const result = await core.call('agreement.compute', {
          annotators: commaList(options.annotators),
          tags: commaList(options.tags),
          documentIds: commaList(options.documents)
        })
        const files = [
          { format: 'csv' as const, path: options.csv },
          { format: 'markdown' as const, path: options.markdown }
        ]
        if (files.some((file) => file.path !== undefined)) {
          const { agreementReportFile } = await import('../../core/agreement/report-files')
          const { name } = await core.call('project.get', {})
          for (const { format, path } of files) {
            if (path === undefined) continue
            const written = await exportFileToPath(core, agreementReportFile(result, format, name), resolve(path))
            environment.stderr.write(`${forTerminal(text.t('cli.agreement.wrote', { path: written.path }), false)}\n`)
          }
        }
        if (options.json) {
          environment.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
          return
        }
        const { agreementTable } = await import('../agreement-table')
        environment.stdout.write(agreementTable(result, text))
      })
    })
}
