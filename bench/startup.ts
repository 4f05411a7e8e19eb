/**
 * Start-up of the built app, each figure the median of BENCH_STARTUP_RUNS (9) fresh processes after one
 * warm-up (so the disk cache is warm; the process, its module loading and the project are not):
 * `tessera --help`; `tessera list` on the sample and on the 10,000-article project (bench/big-project.ts,
 * copied and opened once by a writer first, so its index is there as after any session in the app);
 * `tessera serve` from launch to the address printed, the page served and the first API answers.
 * Part of `npm run bench`; alone: `npm run bench:startup` (builds first). BENCH_STARTUP_BIG=0 skips the big project.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createCore } from '../electron/core/core'
import { bigProject } from './big-project'
import { LABEL_WIDTH, percentile } from './measure'

const RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 9)
const CLI = resolve('bin/tessera.js')
const SERVING_LINE = /(http:\/\/127\.0\.0\.1:\d+)\/#token=([A-Za-z0-9_-]+)/
const SERVE_TIMEOUT_MS = 60_000
/**
 * Preloaded into each CLI process: at exit it writes the process's own CPU time (user + system, every
 * thread) to $TESSERA_BENCH_CPU_FILE. On a shared machine wall time includes waiting for a core; CPU time does not.
 */
const CPU_PROBE = `data:text/javascript,import { writeFileSync } from 'node:fs'; process.on('exit', () => writeFileSync(process.env.TESSERA_BENCH_CPU_FILE, JSON.stringify(process.cpuUsage())))`

interface CliTimes {
  wallMs: number
  cpuMs: number
}

interface ServeTimes {
  addressMs: number
  pageMs: number
  stateMs: number
  listMs: number
}

function report(label: string, samples: readonly number[], target: number | null): void {
  const sorted = [...samples].sort((a, b) => a - b)
  const verdict = target === null ? '' : `  target ≤ ${target} ms: ${percentile(sorted, 50) <= target ? 'meets' : 'MISSES'}`
  console.log(
    `${label.padEnd(LABEL_WIDTH)} ${percentile(sorted, 50).toFixed(0).padStart(6)} ms median, min ${(sorted[0] ?? 0).toFixed(0)}, max ${(sorted[sorted.length - 1] ?? 0).toFixed(0)} (n=${sorted.length})${verdict}`
  )
}

/** One `tessera <args>` from spawn to exit, and its CPU time; a failure stops the bench with what it printed. */
async function timeCli(args: readonly string[], env: NodeJS.ProcessEnv): Promise<CliTimes> {
  const cpuFile = env.TESSERA_BENCH_CPU_FILE ?? ''
  const start = performance.now()
  const run = spawnSync(process.execPath, ['--import', CPU_PROBE, CLI, ...args], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const wallMs = performance.now() - start
  if (run.status !== 0) throw new Error(`tessera ${args.join(' ')} exited with ${run.status ?? run.signal}: ${run.stderr}`)
  const cpu = JSON.parse(await readFile(cpuFile, 'utf8')) as { user: number; system: number }
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 }
}

async function benchCli(label: string, args: readonly string[], env: NodeJS.ProcessEnv, target: number | null): Promise<void> {
  await timeCli(args, env)
  const runs: CliTimes[] = []
  for (let i = 0; i < RUNS; i += 1) runs.push(await timeCli(args, env))
  report(label, runs.map((run) => run.wallMs), target)
  report(`  its CPU time (user + system)`, runs.map((run) => run.cpuMs), null)
}

/** One `tessera serve` launch: ms to the address printed, the page served, and the first two API answers. */
async function serveOnce(projectDir: string, env: NodeJS.ProcessEnv): Promise<ServeTimes> {
  const start = performance.now()
  const child = spawn(process.execPath, [CLI, 'serve', '--project', projectDir, '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  try {
    const address = await new Promise<RegExpExecArray>((found, failed) => {
      let printed = ''
      const timer = setTimeout(() => failed(new Error(`tessera serve printed no address in ${SERVE_TIMEOUT_MS} ms: ${printed}`)), SERVE_TIMEOUT_MS)
      child.stdout.on('data', (chunk: Buffer) => {
        printed += chunk.toString('utf8')
        const match = SERVING_LINE.exec(printed)
        if (match) {
          clearTimeout(timer)
          found(match)
        }
      })
      child.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')))
      child.once('exit', (code) => failed(new Error(`tessera serve exited (${code}) before printing its address: ${printed}`)))
    })
    const addressMs = performance.now() - start
    const [, origin, token] = address
    const page = await fetch(`${origin}/`)
    if (!page.ok) throw new Error(`the page was not served (${page.status})`)
    await page.text()
    const pageMs = performance.now() - start
    const call = async (method: string): Promise<number> => {
      const answer = await fetch(`${origin}/api/${method}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: '{}' })
      const envelope = (await answer.json()) as { ok: boolean }
      if (!envelope.ok) throw new Error(`${method} failed: ${JSON.stringify(envelope)}`)
      return performance.now() - start
    }
    const stateMs = await call('workspace.state')
    const listMs = await call('documents.list')
    return { addressMs, pageMs, stateMs, listMs }
  } finally {
    child.kill('SIGINT')
    await exited
  }
}

async function benchServe(label: string, projectDir: string, env: NodeJS.ProcessEnv): Promise<void> {
  await serveOnce(projectDir, env)
  const runs: ServeTimes[] = []
  for (let i = 0; i < RUNS; i += 1) runs.push(await serveOnce(projectDir, env))
  report(`serve, ${label}: address printed`, runs.map((run) => run.addressMs), null)
  report(`serve, ${label}: page served`, runs.map((run) => run.pageMs), null)
  report(`serve, ${label}: first answer`, runs.map((run) => run.stateMs), 1000)
  report(`serve, ${label}: documents.list answered`, runs.map((run) => run.listMs), null)
}

/** Opens the project as a writer and lists it, so its index is written (as any session in the app leaves it). */
async function openAsWriter(projectDir: string, seedSample: boolean): Promise<void> {
  const core = await createCore({ projectDir, resourcesDir: resolve('resources'), author: 'bench', seedSample })
  await core.call('documents.list', {})
  core.close()
}

export async function runStartupBench(): Promise<void> {
  if (!existsSync(resolve('out/main/cli.js'))) throw new Error('bench/startup.ts runs the built CLI: run npm run build first')
  console.log(`\nStart-up (built CLI, fresh processes; ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load average ${loadavg().map((n) => n.toFixed(1)).join(' ')})`)
  const scratch = await mkdtemp(join(tmpdir(), 'tessera-bench-startup-'))
  // The data folder (settings, recent projects, serve's address file) stays out of the user's own.
  const env = { ...process.env, TESSERA_DATA: join(scratch, 'data'), TESSERA_BENCH_CPU_FILE: join(scratch, 'cli-cpu.json') }
  try {
    const sample = join(scratch, 'sample')
    await openAsWriter(sample, true)
    await benchCli('tessera --help', ['--help'], env, 300)
    await benchCli('tessera list, sample (5 articles)', ['list', '--project', sample], env, 500)
    await benchServe('sample', sample, env)
    // The same one-paragraph article each time, into the sample project (--allow-duplicates, so each run stores it).
    const article = join(scratch, 'article.txt')
    await writeFile(article, 'Army enters Hama countryside\n\nThe army said it entered the northern countryside on Tuesday.\n')
    await benchCli('tessera import, one .txt article', ['import', '--project', sample, '--allow-duplicates', article], env, null)
    if (process.env.BENCH_STARTUP_BIG !== '0') {
      const big = join(scratch, 'big')
      await cp(await bigProject((line) => console.log(line)), big, { recursive: true })
      await openAsWriter(big, false)
      await benchCli('tessera list, 10,000 articles', ['list', '--project', big], env, 500)
      await benchServe('10,000 articles', big, env)
    }
    console.log(`load average after: ${loadavg().map((n) => n.toFixed(1)).join(' ')}`)
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) await runStartupBench()
