import { basename, resolve } from 'node:path'
import type { Command } from 'commander'
import { MAX_IMPORT_BYTES, toApiError, NotARegularFileError, decodeTextFile, readRegularFile } from '../../core'
import { callRunningApp } from '../handoff'
import { withProject, type CliEnvironment } from '../environment'
import { forTerminal } from '../terminal-text'

const READ_FAILURES: Record<string, string> = {
  EISDIR: 'it is a folder',
  EACCES: 'permission denied'
}

/**
 * Reads and decodes every file first, so that one bad file stops the import before anything is written.
 * Only regular files (a symlink is followed) up to MAX_IMPORT_BYTES are read: a FIFO or a device such as
 * /dev/zero is refused before a byte is read.
 */
async function readTextFiles(paths: string[]): Promise<{ fileName: string; content: string }[]> {
  const files: { fileName: string; content: string }[] = []
  for (const path of paths) {
    let bytes: Uint8Array | null
    try {
      bytes = await readRegularFile(resolve(path), MAX_IMPORT_BYTES)
    } catch (error) {
      if (error instanceof NotARegularFileError) throw new Error(`cannot import ${path}: ${error.problem}`, { cause: error })
      const code = (error as NodeJS.ErrnoException).code ?? ''
      throw new Error(`cannot read ${path}: ${READ_FAILURES[code] ?? (error as Error).message}`, { cause: error })
    }
    if (bytes === null) throw new Error(`cannot read ${path}: no such file`)
    files.push({ fileName: basename(path), content: decodeTextFile(path, bytes) })
  }
  return files
}

export function registerImport(program: Command, environment: CliEnvironment): void {
  program
    .command('import')
    .description(
      `import UTF-8 plain-text articles (the first line is the title; at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB each); creates the project if the folder is new or empty`
    )
    .requiredOption('--project <dir>', 'the project folder')
    .argument('<files...>', 'the .txt files to import')
    .action(async (paths: string[], options: { project: string }) => {
      const files = await readTextFiles(paths)
      const added = await withProject(environment, options.project, {}, (core) => core.call('documents.importText', { files })).catch(
        (error: unknown) => {
          // The app has the project open: hand the files to it, so they appear there at once.
          const refusal = toApiError(error)
          if (refusal.code !== 'locked') throw error
          return callRunningApp(options.project, 'documents.importText', { files }, refusal.message).then((documents) => {
            environment.stdout.write(forTerminal(`The project is open in Tessera: the files were handed to it.`, false) + '\n')
            return documents
          })
        }
      )
      added.forEach((document, index) => {
        environment.stdout.write(forTerminal(`Imported ${paths[index] ?? ''}: ${document.title}`, false) + '\n')
      })
    })
}
