import type { Command } from 'commander'
import type { ProjectStats } from '../../core'
import { withProject, type CliEnvironment } from '../environment'
import { forTerminal } from '../terminal-text'

const STATUS_LABELS = { 'not-started': 'not started', 'in-progress': 'in progress', done: 'done' } as const

function describe(stats: ProjectStats): string {
  const lines = [
    `${stats.name}`,
    `folder: ${stats.dir}`,
    `schema version: ${stats.schemaVersion}`,
    `documents: ${stats.documentCount}` + (stats.unreadableDocumentCount ? ` (${stats.unreadableDocumentCount} unreadable)` : ''),
    ...Object.entries(STATUS_LABELS).map(([status, label]) => `  ${label}: ${stats.documentsByStatus[status as keyof typeof STATUS_LABELS]}`),
    `annotations: ${stats.annotationCount}`,
    ...Object.entries(stats.annotationsByTag).map(([tag, count]) => `  ${tag}: ${count}`)
  ]
  if (stats.description) lines.splice(1, 0, stats.description)
  return `${lines.map((line) => forTerminal(line, false)).join('\n')}\n`
}

export function registerInfo(program: Command, environment: CliEnvironment): void {
  program
    .command('info')
    .description('show a project: name, schema version, documents by status, annotations by tag (read-only)')
    .requiredOption('--project <dir>', 'the project folder')
    .option('--json', 'print JSON')
    .action(async (options: { project: string; json?: boolean }) => {
      const stats = await withProject(environment, options.project, { readOnly: true }, (core) => core.call('project.stats', {}))
      environment.stdout.write(options.json ? `${JSON.stringify(stats, null, 2)}\n` : describe(stats))
    })
}
