/**
 * The import fuzzer: damaged and hostile variants of real files go through `import.files` of a real core,
 * as a user's import would, in batches; after every batch the project is closed and opened again. Counted:
 * crashes (the call itself threw, or a file failed with an internal error rather than a stated reason),
 * hangs (a file that took longer than the budget), projects left unopenable. `npm run fuzz` runs it at
 * length; a small run is part of the unit tests so the harness itself cannot rot.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createCore, type Core } from '../../core'
import { inEnglish } from '../../shared/i18n/said'
import { seededRandom } from '../../testing/seeded-random'
import { mutateBytes, mutateJson, mutateLines, mutateText, mutateZipPart } from './mutate'
import { RESOURCES_DIR_PATH } from './paths'
import { FAMILIES, loadSeeds, type Family, type Seed, type SeedFile } from './seeds'

export interface FuzzOptions {
  /** Where the fuzzer makes its projects (removed afterwards unless something failed). */
  workDir: string
  interopDir: string
  inputsPerFamily: number
  seed: number
  batchSize?: number
  /** After this many inputs the project is set aside and a fresh one taken, so a long run measures the readers, not a growing duplicate check. */
  inputsPerProject?: number
  /** A file that takes longer than this to import is a hang. */
  budgetMs?: number
  families?: readonly Family[]
  log?: (line: string) => void
}

export interface FamilyFigures {
  family: Family
  seeds: number
  inputs: number
  imported: number
  refused: number
  crashes: string[]
  hangs: string[]
  unopenable: string[]
  slowestMs: number
  seconds: number
}

/** Failures that name no reason a user could act on: the pipeline's wrapper around an unexpected error. */
const INTERNAL = /could not be imported \((?:[A-Za-z]*Error|Cannot |Maximum call stack|undefined|null|.*is not a function|.*of undefined)/

export async function runImportFuzz(options: FuzzOptions): Promise<FamilyFigures[]> {
  const log = options.log ?? (() => undefined)
  const budgetMs = options.budgetMs ?? 60_000
  const batchSize = options.batchSize ?? 25
  const seeds = await loadSeeds(options.interopDir, join(options.workDir, 'seed-corpus'))
  const results: FamilyFigures[] = []
  for (const family of options.families ?? FAMILIES) {
    const familySeeds = seeds[family]
    const figures: FamilyFigures = { family, seeds: familySeeds.length, inputs: 0, imported: 0, refused: 0, crashes: [], hangs: [], unopenable: [], slowestMs: 0, seconds: 0 }
    results.push(figures)
    if (familySeeds.length === 0) {
      log(`${family}: no seed files (is ${options.interopDir} there?), skipped`)
      continue
    }
    const started = Date.now()
    const random = seededRandom(options.seed ^ hash(family))
    const inputsPerProject = options.inputsPerProject ?? 500
    let projectDir = join(options.workDir, `project-${family}-0`)
    await mkdir(projectDir, { recursive: true })
    let core = await openProject(projectDir)
    try {
      for (let done = 0; done < options.inputsPerFamily; done += batchSize) {
        const count = Math.min(batchSize, options.inputsPerFamily - done)
        const batch = Array.from({ length: count }, (_, index) => variant(family, familySeeds, random, done + index))
        for (const input of batch) {
          const label = `${family} #${input.index} (${input.file.name}, ${input.mutation})`
          const fileStarted = Date.now()
          try {
            const report = await withDeadline(
              core.call('import.files', { files: [input.file, ...input.companions].map(toWire), options: { allowDuplicates: true, addNewTags: true, skipInvalid: input.index % 2 === 0 } }),
              budgetMs * 2,
              label
            )
            figures.imported += report.imported.length > 0 ? 1 : 0
            figures.refused += report.failed.length > 0 ? 1 : 0
            for (const failure of report.failed) {
              const reason = inEnglish(failure.reason)
              if (!INTERNAL.test(reason)) continue
              figures.crashes.push(`${label}: ${reason.slice(0, 300)}`)
              await keepInput(options.workDir, family, input)
            }
          } catch (error) {
            figures.crashes.push(`${label}: ${(error as Error).message.slice(0, 300)}`)
            await keepInput(options.workDir, family, input)
          }
          const took = Date.now() - fileStarted
          figures.slowestMs = Math.max(figures.slowestMs, took)
          if (took > budgetMs) figures.hangs.push(`${label}: ${took} ms`)
          figures.inputs++
        }
        core.close()
        if (Math.floor((done + count) / inputsPerProject) > Math.floor(done / inputsPerProject)) {
          // A snapshot taken on open may still be finishing in backups/ after close: retry the removal.
          await rm(projectDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
          projectDir = join(options.workDir, `project-${family}-${done + count}`)
          await mkdir(projectDir, { recursive: true })
        }
        try {
          core = await openProject(projectDir)
          await core.call('project.get', {})
          await core.call('documents.list', {})
        } catch (error) {
          figures.unopenable.push(`${family} after input #${done + count - 1}: ${(error as Error).message.slice(0, 300)}`)
          await rm(projectDir, { recursive: true, force: true })
          await mkdir(projectDir, { recursive: true })
          core = await openProject(projectDir)
        }
        if ((done / batchSize) % 20 === 0) log(`${family}: ${figures.inputs}/${options.inputsPerFamily} inputs, ${figures.crashes.length} crashes`)
      }
    } finally {
      core.close()
    }
    figures.seconds = (Date.now() - started) / 1000
    log(`${family}: ${figures.inputs} inputs in ${figures.seconds.toFixed(0)} s, ${figures.imported} imported, ${figures.refused} refused, ${figures.crashes.length} crashes, ${figures.hangs.length} hangs, ${figures.unopenable.length} unopenable, slowest ${figures.slowestMs} ms`)
  }
  return results
}

interface Variant extends Seed {
  index: number
  mutation: string
}

function variant(family: Family, seeds: Seed[], random: () => number, index: number): Variant {
  const seed = seeds[Math.floor(random() * seeds.length)] as Seed
  const { bytes, mutation } = mutate(family, seed.file.bytes, random)
  // Each input its own name, so the duplicate check and the documents' ids never hide a later input.
  const name = seed.file.name.replace(/(\.[^./]+)$/, `-${index}$1`)
  const companions = seed.companions.map((c) => (c.name.endsWith('.conf') ? c : { ...c, name: c.name.replace(/(\.[^./]+)$/, `-${index}$1`) }))
  return { index, mutation, file: { name, bytes }, companions }
}

function mutate(family: Family, bytes: Uint8Array, random: () => number): { bytes: Uint8Array; mutation: string } {
  const roll = random()
  const zipped = family === 'docx' && roll >= 0.3 ? mutateZipPart(bytes, random) : null
  if (zipped) return { bytes: zipped, mutation: 'zip-part' }
  if (roll < 0.3) return { bytes: mutateBytes(bytes, random), mutation: 'bytes' }
  const structured = family === 'docx' || family === 'pdf' ? null : roll < 0.65 ? mutateJson(bytes, random) : null
  if (structured) return { bytes: structured, mutation: 'json' }
  if (family === 'brat' && roll < 0.85) return { bytes: mutateLines(bytes, random), mutation: 'lines' }
  if (family === 'docx' || family === 'pdf') return { bytes: mutateBytes(bytes, random), mutation: 'bytes' }
  return { bytes: mutateText(bytes, random), mutation: 'text' }
}

/** A failing input is kept under `<workDir>/failing/`, so it can be replayed by hand. */
async function keepInput(workDir: string, family: Family, input: Variant): Promise<void> {
  const dir = join(workDir, 'failing', `${family}-${input.index}`)
  await mkdir(dir, { recursive: true })
  for (const file of [input.file, ...input.companions]) await writeFile(join(dir, file.name.replaceAll('/', '_')), file.bytes)
}

function toWire(file: SeedFile): { name: string; base64: string } {
  return { name: file.name, base64: Buffer.from(file.bytes).toString('base64') }
}

async function openProject(projectDir: string): Promise<Core> {
  return createCore({ projectDir, resourcesDir: RESOURCES_DIR_PATH, author: 'fuzzer', authorConfirmed: true })
}

async function withDeadline<T>(promise: Promise<T>, ms: number, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: no answer after ${ms} ms`)), ms)
  })
  try {
    return await Promise.race([promise, deadline])
  } finally {
    clearTimeout(timer)
  }
}

function hash(text: string): number {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
  return h >>> 0
}
