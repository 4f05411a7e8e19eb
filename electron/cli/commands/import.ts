import { readFile } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import type { Command } from 'commander'
import { decodeTextFile } from '../../core'
import { withProject, type CliEnvironment } from '../environment'

const READ_FAILURES: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied'
}

/** Reads and decodes every file first, so that one bad file stops the import before anything is written. */
async function readTextFiles(paths: string[]): Promise<{ fileName: string; content: string }[]> {
  const files: { fileName: string; content: string }[] = []
  for (const path of paths) {
    let bytes: Uint8Array
    try {
      bytes = await readFile(resolve(path))
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? ''
      throw new Error(`cannot read ${path}: ${READ_FAILURES[code] ?? (error as Error).message}`, { cause: error })
    }
    files.push({ fileName: basename(path), content: decodeTextFile(path, bytes) })
  }
  return files
}

export function registerImport(program: Command, environment: CliEnvironment): void {
  program
    .command('import')
    .description('import UTF-8 plain-text articles (the first line is the title); creates the project if the folder is new or empty')
    .requiredOption('--project <dir>', 'the project folder')
    .argument('<files...>', 'the .txt files to import')
    .action(async (paths: string[], options: { project: string }) => {
      const files = await readTextFiles(paths)
      const added = await withProject(environment, options.project, {}, (core) =>
        core.call('documents.importText', { files })
      )
      added.forEach((document, index) => {
        environment.stdout.write(`Imported ${paths[index] ?? ''}: ${document.title}\n`)
      })
    })
}
