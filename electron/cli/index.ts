import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCli } from './run'

// Resolved here, in the entry chunk (out/main/cli.js), not in a shared chunk whose folder differs.
const here = dirname(fileURLToPath(import.meta.url))

// `tessera export | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  else throw error
})

void runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  resourcesDir: resolve(here, '../../resources'),
  rendererDir: resolve(here, '../renderer')
}).then((code) => {
  process.exitCode = code
})
