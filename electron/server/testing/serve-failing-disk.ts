/**
 * Test-only entry: `tessera serve` run from source (through tsx) with journals whose writes fail while a
 * switch file holds an error code, for the end-to-end test of a full disk. The shipping CLI never wires it.
 * argv: rendererDir, switchFile, then the serve arguments.
 */
import { resolve } from 'node:path'
import { runCli } from '../../cli/run'
import { switchedFailureFileSystem } from '../../core/testing/failing-disk'

const [rendererDir = '', switchFile = '', ...serveArguments] = process.argv.slice(2)
const code = await runCli(['serve', ...serveArguments], {
  stdout: process.stdout,
  stderr: process.stderr,
  resourcesDir: resolve('resources'),
  rendererDir,
  journalFileSystem: switchedFailureFileSystem(switchFile)
})
process.exitCode = code
