import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * `npm run lint:electron`: Electronegativity's static checks over the code the app ships, failing on
 * any HIGH or MEDIUM finding. Its CLI always exits 0 (and its 1.10 CLI breaks against commander 14),
 * so this calls its runner and judges the findings itself.
 */

/** Severities that fail the build. */
export const FAILING_SEVERITIES = ['HIGH', 'MEDIUM']

/**
 * Checks turned off, each with its reason. Nothing else is disabled; a finding reviewed by hand is
 * silenced where it occurs with an `eng-disable` comment that says why.
 */
export const DISABLED_CHECKS = {
  // Downloads Electron's release list from GitHub to suggest a newer patch: tests never use the
  // network, and upgrading Electron is a dependency decision, not a source finding.
  AvailableSecurityFixesGlobalCheck: 'needs the network'
}

/**
 * @param {{ id: string, severity: { name: string }, confidence: { name: string }, file: string, location: { line: number, column: number }, manualReview?: boolean }[]} issues
 * @param {{ file: string, message: string, tolerable?: boolean }[]} errors
 */
export function judge(issues, errors) {
  const failing = issues.filter((issue) => FAILING_SEVERITIES.includes(issue.severity.name))
  // A file the parser could not read is a file nobody checked.
  const unparsed = errors.filter((error) => !error.tolerable)
  return { ok: failing.length === 0 && unparsed.length === 0, failing, unparsed }
}

/** One line per finding, as a reviewer wants to read them. */
export function describeIssue(issue) {
  const review = issue.manualReview ? ' (review)' : ''
  return `${issue.severity.name.padEnd(13)} ${issue.id.padEnd(40)} ${issue.file}:${issue.location.line}${review}`
}

/** The sources the app ships, without tests: Electronegativity reads a folder, so it gets a copy. */
function stageSources(rootDir) {
  const staged = mkdtempSync(join(tmpdir(), 'tessera-electronegativity-'))
  const shipped = (source) => !/\.test\.ts$|[\\/]testing[\\/]|test-support\.ts$/.test(source)
  cpSync(join(rootDir, 'electron'), join(staged, 'electron'), { recursive: true, filter: shipped })
  cpSync(join(rootDir, 'renderer'), join(staged, 'renderer'), { recursive: true, filter: shipped })
  cpSync(join(rootDir, 'package.json'), join(staged, 'package.json'))
  return staged
}

/**
 * Electronegativity fetches updated translations from GitHub on every run; answer that request with a
 * failure at once instead (it then uses its bundled English).
 */
function withoutTranslationDownload(require) {
  const gotPath = require.resolve('got', { paths: [dirname(require.resolve('@doyensec/electronegativity/package.json'))] })
  const offline = () => Promise.reject(new Error('offline'))
  const cached = new Module(gotPath)
  cached.filename = gotPath
  cached.loaded = true
  cached.exports = Object.assign(offline, { default: offline })
  require.cache[gotPath] = cached
}

export async function scan(rootDir) {
  const require = createRequire(import.meta.url)
  withoutTranslationDownload(require)
  const run = require('@doyensec/electronegativity')
  const electronVersion = JSON.parse(readFileSync(join(rootDir, 'node_modules/electron/package.json'), 'utf8')).version
  const staged = stageSources(rootDir)
  try {
    return await run({
      input: staged,
      isRelative: true,
      electronVersionOverride: electronVersion,
      excludeFromScan: Object.keys(DISABLED_CHECKS)
    })
  } finally {
    rmSync(staged, { recursive: true, force: true })
  }
}

async function main() {
  const rootDir = resolve(dirname(fileURLToPath(import.meta.url)), '..')
  const log = console.log
  // The runner logs its own chatter (translations, progress); keep the output to the verdict.
  console.log = () => undefined
  let result
  try {
    result = await scan(rootDir)
  } finally {
    console.log = log
  }
  const { ok, failing, unparsed } = judge(result.issues, result.errors)
  const checks = result.globalChecks + result.atomicChecks
  for (const issue of result.issues) console.log(describeIssue(issue))
  for (const error of unparsed) console.log(`UNPARSED      ${error.file}: ${error.message}`)
  const disabled = Object.keys(DISABLED_CHECKS).join(', ')
  console.log(
    `electronegativity: ${checks} checks, ${result.issues.length} findings, ${failing.length} HIGH or MEDIUM, ${unparsed.length} unparsed files (disabled: ${disabled})`
  )
  if (!ok) process.exitCode = 1
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main()
