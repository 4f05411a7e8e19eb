import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Command } from 'commander'
import { InvalidArgumentError } from 'commander'
import type { Core } from '../../core'
import type { CliText } from '../cli-text'
import { loadCore, loadServer, type CliEnvironment } from '../environment'

/**
 * Without --port, the same port each launch keeps the page's origin stable, so the browser remembers
 * per-origin state (the last document open) from one session to the next.
 */
export const PREFERRED_PORT = 4784
const MAX_PORT = 65535

function parsePort(value: string, text: CliText): number {
  const port = Number(value)
  if (!/^\d+$/.test(value) || port > MAX_PORT) throw new InvalidArgumentError(text.t('cli.serve.badPort', { min: 0, max: MAX_PORT }))
  return port
}

function waitForStop(signal: AbortSignal | undefined): Promise<void> {
  if (signal) {
    return new Promise((done) => {
      if (signal.aborted) done()
      else signal.addEventListener('abort', () => done(), { once: true })
    })
  }
  return new Promise((done) => {
    const stop = (): void => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      done()
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}

export function registerServe(program: Command, environment: CliEnvironment, text: CliText): void {
  program
    .command('serve')
    .description(text.help('cli.serve.description'))
    .option('--project <dir>', text.help('cli.serve.project'))
    .option('--sample', text.help('cli.serve.sample'))
    .option('--port <n>', text.help('cli.serve.port', { port: PREFERRED_PORT }), (value) => parsePort(value, text))
    .action(async (options: { project?: string; port?: number; sample?: boolean }) => {
      const indexHtml = join(environment.rendererDir, 'index.html')
      if (!existsSync(indexHtml)) throw new Error(text.t('cli.serve.notBuilt', { file: indexHtml }))
      const [{ defaultDataDir }, { publishDiscovery, readAddressFile, startServer, writeAddressFile }] = await Promise.all([loadCore(), loadServer()])
      const core = await openWorkspace(environment, options.project, options.sample ?? false)
      const projectDir = core.projectDir ?? text.t('cli.serve.noProject')
      try {
        // The last launch's token, so a tab left open at the same address reconnects by itself.
        const dataDir = defaultDataDir(environment.env ?? process.env)
        const token = (await readAddressFile(dataDir))?.token
        const start = (port: number): ReturnType<typeof startServer> => startServer({ core, rendererDir: environment.rendererDir, port, token })
        const server =
          options.port !== undefined
            ? await start(options.port)
            : await start(PREFERRED_PORT).catch((error: NodeJS.ErrnoException) => {
                if (error.code !== 'EADDRINUSE') throw error
                return start(0)
              })
        environment.stdout.write(`${text.t('cli.serve.serving', { project: projectDir, url: server.url })}\n`)
        environment.stdout.write(`${text.t('cli.serve.howToStop')}\n`)
        // `tessera import` on this project hands its files to this server instead of failing on the lock.
        const unpublish = publishDiscovery(core, server)
        // `tessera address` prints it again; a failure to write it costs only that.
        await writeAddressFile(dataDir, { url: server.url, port: server.port, token: server.token, pid: process.pid, projectDir: core.projectDir }).catch(() => undefined)
        await waitForStop(environment.stop)
        await unpublish()
        await server.close()
      } finally {
        await core.shutdown()
      }
    })
}

/**
 * The workspace browser mode opens: `--project DIR` (or TESSERA_PROJECT), which must open (a new folder starts
 * empty, or with the sample given `--sample`); else the last project, else the default project (the sample on
 * a first start), else the start screen.
 */
async function openWorkspace(environment: CliEnvironment, project: string | undefined, sample: boolean): Promise<Core> {
  const { authorChosenByEnvironment, createCore, defaultAuthor, defaultDataDir, defaultProjectDir } = await loadCore()
  const env = environment.env ?? process.env
  const explicit = project ?? env.TESSERA_PROJECT?.trim()
  return createCore({
    resourcesDir: environment.resourcesDir,
    author: defaultAuthor(env),
    authorConfirmed: authorChosenByEnvironment(env),
    dataDir: defaultDataDir(env),
    // A folder named on the command line is the user's investigation: the sample only when asked for.
    seedSample: explicit ? sample : true,
    warmViews: true,
    journalFileSystem: environment.journalFileSystem,
    ...(explicit ? { projectDir: resolve(explicit) } : { fallbackProjectDir: resolve(defaultProjectDir(env)) })
  })
}
