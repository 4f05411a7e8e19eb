import type { Command } from 'commander'
import type { ProjectStats } from '../../core'
import type { CliText } from '../cli-text'
import { withProject, type CliEnvironment } from '../environment'
import { forTerminal } from '../terminal-text'

const STATUSES = ['not-started', 'in-progress', 'done'] as const

function describe(stats: ProjectStats, text: CliText): string {
  // Counts without grouping, as the lines always printed them; in the user's digits.
  const count = (value: number): string => text.translator.number(value, { useGrouping: false })
  const lines = [
    `${stats.name}`,
    text.t('cli.info.folder', { dir: stats.dir }),
    text.t('cli.info.schemaVersion', { version: stats.schemaVersion }),
    text.t('cli.info.documents', { count: stats.documentCount }) + (stats.unreadableDocumentCount ? text.t('cli.info.unreadable', { count: stats.unreadableDocumentCount }) : ''),
    ...STATUSES.map((status) => `  ${text.t(`cli.status.${status}`)}: ${count(stats.documentsByStatus[status])}`),
    text.t('cli.info.annotations', { count: stats.annotationCount }),
    // Tag ids are the user's own: never translated.
    ...Object.entries(stats.annotationsByTag).map(([tag, tagCount]) => `  ${tag}: ${count(tagCount)}`)
  ]
  if (stats.description) lines.splice(1, 0, stats.description)
  return `${lines.map((line) => forTerminal(line, false)).join('\n')}\n`
}

export function registerInfo(program: Command, environment: CliEnvironment, text: CliText): void {
  program
    .command('info')
    .description(text.help('cli.info.description'))
    .requiredOption('--project <dir>', text.help('cli.option.project'))
    .option('--json', text.help('cli.option.json'))
    .action(async (options: { project: string; json?: boolean }) => {
      const stats = await withProject(environment, options.project, { readOnly: true }, (core) => core.call('project.stats', {}))
      environment.stdout.write(options.json ? `${JSON.stringify(stats, null, 2)}\n` : describe(stats, text))
    })
}
