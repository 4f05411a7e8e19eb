import type { Command } from 'commander'
import type { CliText } from '../cli-text'
import { withProject, type CliEnvironment } from '../environment'
import { forTerminal, isPlainText } from '../terminal-text'

const COLUMNS = ['cli.list.id', 'cli.list.title', 'cli.list.source', 'cli.list.date', 'cli.list.status', 'cli.list.annotations'] as const

/** Tabs and line breaks inside a value would break the columns; escape sequences would take over the terminal. */
function cell(value: string | null): string {
  const text = String(value ?? '')
  return isPlainText(text) ? text : forTerminal(text.replace(/[\t\r\n]+/g, ' '), false)
}

/** Each status's words and each count are made once, not once per row of a list that may hold 10,000. */
function madeOnce<K>(make: (key: K) => string): (key: K) => string {
  const made = new Map<K, string>()
  return (key) => {
    let written = made.get(key)
    if (written === undefined) {
      written = make(key)
      made.set(key, written)
    }
    return written
  }
}

export function registerList(program: Command, environment: CliEnvironment, text: CliText): void {
  program
    .command('list')
    .description(text.help('cli.list.description'))
    .requiredOption('--project <dir>', text.help('cli.option.project'))
    .option('--json', text.help('cli.option.jsonColumns'))
    .action(async (options: { project: string; json?: boolean }) => {
      const documents = await withProject(environment, options.project, { readOnly: true }, (core) =>
        core.call('documents.list', {})
      )
      if (options.json) {
        environment.stdout.write(`${JSON.stringify(documents, null, 2)}\n`)
        return
      }
      // The columns a person reads are in their language; ids, titles, outlets and dates are data, as stored.
      const count = madeOnce((value: number) => text.translator.number(value, { useGrouping: false }))
      const status = madeOnce((value: (typeof documents)[number]['status']) => text.t(`cli.status.${value}`))
      const rows = documents.map((d) => [d.id, d.title, d.source, d.date, status(d.status), count(d.annotationCount)].map(cell))
      // One write, not one per row: a project may list 10,000 documents.
      environment.stdout.write([COLUMNS.map((key) => text.t(key)), ...rows].map((row) => `${row.join('\t')}\n`).join(''))
    })
}
