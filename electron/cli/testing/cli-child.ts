/**
 * Test support: `tessera <argv>` in a child process, run from source (through tsx), so a test can bound
 * the time of a command that might never return, and kill it. argv: rendererDir, then the CLI arguments.
 */
import { resolve } from 'node:path'
import { runCli } from '../run'

const [rendererDir = '', ...cliArguments] = process.argv.slice(2)
process.exitCode = await runCli(cliArguments, {
  stdout: process.stdout,
  stderr: process.stderr,
  resourcesDir: resolve('resources'),
  rendererDir
})
