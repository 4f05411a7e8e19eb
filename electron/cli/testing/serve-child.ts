/**
 * Test support: `tessera serve` in a child process, run from source (through tsx) so a kill test
 * exercises the code under test, not an older build. argv: rendererDir, then the serve arguments.
 */
import { resolve } from 'node:path'
import { runCli } from '../run'

const [rendererDir = '', ...serveArguments] = process.argv.slice(2)
const code = await runCli(['serve', ...serveArguments], {
  stdout: process.stdout,
  stderr: process.stderr,
  resourcesDir: resolve('resources'),
  rendererDir
})
process.exitCode = code
