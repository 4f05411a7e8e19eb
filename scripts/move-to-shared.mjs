#!/usr/bin/env node
/**
 * Moves the browser-safe part of the core into electron/core/shared (issue 19, item 8) and rewrites every
 * import that points at a moved file. Re-runnable: a second run finds nothing to move and changes nothing.
 *
 *   node scripts/move-to-shared.mjs            # from the repository root: move, rewrite, update tsconfig.web.json
 *   node scripts/move-to-shared.mjs --dry-run  # print the plan, change nothing
 *
 * The browser-safe set is computed, never hand-kept: the core files tsconfig.web.json lists today, every
 * electron/core/shared file, and every core module renderer/src imports outside its tests, closed over their own
 * imports within electron/core. A file in that set that reaches Node (node:*, a Node built-in or a Node-only
 * package) or leaves the core is a boundary violation to fix by hand: the script names the chain and stops
 * before changing anything. Tests move with the file they test (same folder, same name + .test.ts), and the
 * remaining tests of a folder whose every module moved follow them.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, writeFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import path from 'node:path'
import ts from 'typescript'

const CORE = 'electron/core'
const SHARED = 'electron/core/shared'
const SOURCE_ROOTS = ['electron', 'renderer', 'e2e', 'bench', 'scripts']
const SOURCE_FILE = /\.(?:tsx?|mts|cts|jsx?|mjs|cjs)$/
const TEST_FILE = /\.test\.tsx?$/
const WEB_TSCONFIG = 'tsconfig.web.json'
/** Packages that exist only in Node or Electron (the Node built-ins are added below). */
const NODE_ONLY_PACKAGES = ['electron', 'env-paths', 'jsdom', 'lowdb/node', 'iconv-lite', 'write-file-atomic']
const NODE_BUILTINS = new Set(builtinModules.filter((name) => !name.startsWith('_')))
/** Suffixes tried, in order, when a specifier names no file exactly (moduleResolution "Bundler"). */
const RESOLVE_SUFFIXES = ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '/index.ts', '/index.tsx', '/index.js']
/** Script files whose calls take a module specifier as their first argument. */
const SPECIFIER_CALLS = new Set(['vi.mock', 'vi.doMock', 'vi.unmock', 'vi.doUnmock', 'vi.importActual', 'vi.importMock', 'require', 'require.resolve'])

const dryRun = process.argv.includes('--dry-run')
const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim()
process.chdir(root)

const posix = path.posix
const isTest = (file) => TEST_FILE.test(file)
const inCore = (file) => file.startsWith(`${CORE}/`)
const inShared = (file) => file.startsWith(`${SHARED}/`)

function listSourceFiles() {
  const roots = SOURCE_ROOTS.filter((dir) => existsSync(dir))
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '--', ...roots], { encoding: 'utf8' })
  return [...new Set(out.split('\n'))].filter((file) => SOURCE_FILE.test(file) && existsSync(file)).sort()
}

const files = listSourceFiles()
const fileSet = new Set(files)
const exists = (file) => fileSet.has(file)

/** Every module specifier in a file, with the offsets of its text inside the quotes. */
function specifiersOf(file, text) {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : /\.[mc]?jsx?$/.test(file) ? ts.ScriptKind.JS : ts.ScriptKind.TS
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind)
  const found = []
  const add = (literal, typeOnly) => {
    if (literal && (ts.isStringLiteral(literal) || ts.isNoSubstitutionTemplateLiteral(literal))) {
      found.push({ spec: literal.text, start: literal.getStart(source) + 1, end: literal.getEnd() - 1, typeOnly })
    }
  }
  const visit = (node) => {
    if (ts.isImportDeclaration(node)) add(node.moduleSpecifier, Boolean(node.importClause?.isTypeOnly))
    else if (ts.isExportDeclaration(node) && node.moduleSpecifier) add(node.moduleSpecifier, node.isTypeOnly)
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) add(node.moduleReference.expression, node.isTypeOnly)
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal, true)
    else if (ts.isNewExpression(node) && node.expression.getText(source) === 'URL' && node.arguments?.[1]?.getText(source) === 'import.meta.url') {
      const literal = node.arguments[0]
      if (ts.isStringLiteral(literal) && literal.text.startsWith('.')) found.push({ url: true, spec: literal.text, start: literal.getStart(source) + 1, end: literal.getEnd() - 1 })
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression.kind === ts.SyntaxKind.ImportKeyword ? 'import' : node.expression.getText(source)
      if (callee === 'import' || SPECIFIER_CALLS.has(callee)) add(node.arguments[0], false)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

const parsed = new Map()
function specifiers(file) {
  if (!parsed.has(file)) {
    const text = readFileSync(file, 'utf8')
    parsed.set(file, { text, specs: specifiersOf(file, text) })
  }
  return parsed.get(file)
}

/**
 * The file a specifier names, and how the specifier spelled it (alias or relative, the suffix it left out),
 * so the rewritten specifier keeps the same style. Null for a package.
 */
function resolve(importer, spec) {
  let base
  if (spec === '@core' || spec.startsWith('@core/')) base = CORE + spec.slice('@core'.length)
  else if (spec === '.' || spec === '..' || spec.startsWith('./') || spec.startsWith('../')) base = posix.join(posix.dirname(importer), spec)
  else return null
  const alias = spec.startsWith('@core')
  if (exists(base)) return { file: base, alias, suffix: '', jsForTs: false }
  const jsAsTs = base.match(/^(.*)\.(m?)js$/)
  if (jsAsTs) {
    for (const ext of ['.ts', '.tsx']) {
      const file = `${jsAsTs[1]}${jsAsTs[2] ? '.mts' : ext}`
      if (exists(file)) return { file, alias, suffix: '', jsForTs: true }
    }
  }
  for (const suffix of RESOLVE_SUFFIXES) {
    if (exists(base + suffix)) return { file: base + suffix, alias, suffix, jsForTs: false }
  }
  return { file: null, base, alias }
}

function packageName(spec) {
  const parts = spec.split('/')
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}

function nodeOnly(spec) {
  if (spec.startsWith('node:')) return true
  return NODE_BUILTINS.has(packageName(spec)) || NODE_ONLY_PACKAGES.includes(spec) || NODE_ONLY_PACKAGES.includes(packageName(spec))
}

/** `**` and `*` globs of a tsconfig "include" entry, as a regular expression over repository paths. */
function globToRegExp(glob) {
  let out = ''
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]
    if (glob.startsWith('**/', i)) {
      out += '(?:[^/]+/)*'
      i += 2
    } else if (char === '*') out += '[^/]*'
    else if (char === '?') out += '[^/]'
    else out += char.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${out}$`)
}

// 1. The browser-safe set.
const webConfigText = readFileSync(WEB_TSCONFIG, 'utf8')
const webConfig = JSON.parse(webConfigText)
const listedCore = webConfig.include.filter((entry) => inCore(entry))
const reason = new Map() // file → the file that brought it in, or a description of the seed
const queue = []
const enqueue = (file, why) => {
  if (!reason.has(file) && !isTest(file)) {
    reason.set(file, why)
    queue.push(file)
  }
}
const warnings = []
for (const entry of listedCore) {
  const pattern = globToRegExp(entry)
  const matched = files.filter((file) => pattern.test(file) && /\.tsx?$/.test(file))
  if (matched.length === 0) warnings.push(`${WEB_TSCONFIG} lists ${entry}, which matches no file: left out`)
  for (const file of matched) enqueue(file, `listed in ${WEB_TSCONFIG}`)
}
for (const file of files.filter((file) => inShared(file) && /\.tsx?$/.test(file))) enqueue(file, `already in ${SHARED}`)
for (const importer of files.filter((file) => file.startsWith('renderer/src/') && !isTest(file))) {
  for (const { spec, url } of specifiers(importer).specs) {
    if (url) continue
    const target = resolve(importer, spec)
    if (target?.file && inCore(target.file)) enqueue(target.file, importer)
  }
}

function chainOf(file) {
  const chain = [file]
  for (let at = reason.get(file); at && exists(at) && !chain.includes(at); at = reason.get(at)) chain.unshift(at)
  const first = reason.get(chain[0])
  return (first && !exists(first) ? `(${first}) ` : '') + chain.join(' → ')
}

const violations = []
while (queue.length > 0) {
  const file = queue.shift()
  for (const { spec, url } of specifiers(file).specs) {
    if (url) continue
    const target = resolve(file, spec)
    if (target === null) {
      if (nodeOnly(spec)) violations.push(`${chainOf(file)} imports '${spec}' (Node only)`)
    } else if (target.file === null) warnings.push(`${file}: '${spec}' names no file (${target.base}); left as it is`)
    else if (!inCore(target.file)) violations.push(`${chainOf(file)} imports '${spec}' (${target.file}, outside ${CORE})`)
    else if (isTest(target.file)) violations.push(`${chainOf(file)} imports a test file '${spec}'`)
    else enqueue(target.file, file)
  }
}
if (violations.length > 0) {
  console.error('The browser-safe part of the core reaches Node or leaves the core; fix these by hand, then run again:')
  for (const line of violations) console.error(`  ${line}`)
  console.error('Nothing was changed.')
  process.exit(1)
}

// 2. What moves: the set, each one's tests, and the other tests of a folder that moves whole.
const moves = new Map() // old path → new path
const sharedPath = (file) => `${SHARED}/${posix.relative(CORE, file)}`
for (const file of reason.keys()) if (!inShared(file)) moves.set(file, sharedPath(file))
const coreFiles = files.filter((file) => inCore(file) && !inShared(file))
for (const file of coreFiles.filter(isTest)) {
  const stem = file.replace(/(?:\.[^./]+)*\.test\.tsx?$/, '')
  const tested = ['.ts', '.tsx'].map((ext) => stem + ext).find((candidate) => moves.has(candidate))
  const folder = posix.dirname(file)
  const folderModules = coreFiles.filter((other) => posix.dirname(other) === folder && !isTest(other) && /\.tsx?$/.test(other))
  const folderMoves = folderModules.length > 0 && folderModules.every((other) => moves.has(other))
  if (tested || folderMoves) moves.set(file, sharedPath(file))
}
for (const [from, to] of moves) {
  if (exists(to)) {
    console.error(`Cannot move ${from}: ${to} exists already. Nothing was changed.`)
    process.exit(1)
  }
}

// 3. Rewrite every specifier that names a moved file, or that a moved file spells relative to its old folder.
const movedTo = (file) => moves.get(file) ?? file
function respell(importer, spec, target) {
  let targetPath = movedTo(target.file)
  if (target.suffix) targetPath = targetPath.slice(0, -target.suffix.length)
  if (target.jsForTs) targetPath = targetPath.replace(/\.(?:m?ts|tsx)$/, spec.endsWith('.mjs') ? '.mjs' : '.js')
  if (target.alias) return `@core/${posix.relative(CORE, targetPath)}`.replace(/\/$/, '')
  const relative = posix.relative(posix.dirname(movedTo(importer)), targetPath) || '.'
  return relative.startsWith('.') ? relative : `./${relative}`
}

/** `new URL('./relative', import.meta.url)`: a path to a file or folder, read at run time (fixtures). */
function respellUrl(importer, spec) {
  const target = posix.join(posix.dirname(importer), spec)
  const relative = posix.relative(posix.dirname(movedTo(importer)), movedTo(target)) || '.'
  const respelled = (relative.startsWith('.') ? relative : `./${relative}`) + (spec.endsWith('/') ? '/' : '')
  return posix.normalize(spec) === posix.normalize(respelled) ? spec : respelled
}

const rewrites = new Map() // new path → new text
let specifierCount = 0
for (const file of files) {
  const { text, specs } = specifiers(file)
  const edits = []
  for (const { spec, start, end, url } of specs) {
    if (url) {
      const respelled = respellUrl(file, spec)
      if (respelled !== spec) edits.push({ start, end, respelled })
      continue
    }
    const target = resolve(file, spec)
    if (!target?.file || (!moves.has(target.file) && !moves.has(file))) continue
    const respelled = respell(file, spec, target)
    if (respelled !== spec) edits.push({ start, end, respelled })
  }
  if (edits.length === 0) continue
  let next = text
  for (const { start, end, respelled } of edits.sort((a, b) => b.start - a.start)) next = next.slice(0, start) + respelled + next.slice(end)
  rewrites.set(movedTo(file), next)
  specifierCount += edits.length
}

const specifierFiles = rewrites.size

// Full paths of moved files named in prose (README, docs, comments, CSS): the same text with the new path.
const PROSE_FILE = /\.(?:md|css|html|json|ya?ml|tsx?|mts|cts|jsx?|mjs|cjs)$/
const movedPaths = [...moves.keys()].sort((a, b) => b.length - a.length)
const mentionPattern = movedPaths.length > 0 ? new RegExp(movedPaths.map((file) => file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g') : null
const proseFiles = execFileSync('git', ['ls-files'], { encoding: 'utf8' })
  .split('\n')
  .filter((file) => PROSE_FILE.test(file) && !file.includes('/fixtures/') && file !== 'package-lock.json' && file !== WEB_TSCONFIG && !file.endsWith('move-to-shared.mjs') && existsSync(file))
let mentionCount = 0
const mentionFiles = []
for (const file of mentionPattern ? proseFiles : []) {
  const text = rewrites.get(movedTo(file)) ?? readFileSync(file, 'utf8')
  let found = 0
  const next = text.replace(mentionPattern, (match) => {
    found++
    return moves.get(match)
  })
  if (found === 0) continue
  rewrites.set(movedTo(file), next)
  mentionCount += found
  mentionFiles.push(file)
}

// 4. tsconfig.web.json: the shared folder replaces the hand-kept list.
const sharedGlob = `${SHARED}/**/*.ts`
const include = []
for (const entry of webConfig.include) {
  if (!inCore(entry)) include.push(entry)
  else if (!include.includes(sharedGlob)) include.push(sharedGlob)
}
if (!include.includes(sharedGlob)) include.push(sharedGlob)
const includeChanged = JSON.stringify(include) !== JSON.stringify(webConfig.include)
const includeText = `"include": [${include.map((entry) => JSON.stringify(entry)).join(', ')}]`
const nextWebConfig = webConfigText.replace(/"include"\s*:\s*\[[^\]]*\]/, includeText)

// 5. Report, then act.
const movedTests = [...moves.keys()].filter(isTest).length
console.log(`${dryRun ? '[dry run] ' : ''}Browser-safe core: ${reason.size} modules; ${moves.size - movedTests} to move, with ${movedTests} tests.`)
for (const [from, to] of moves) {
  const why = reason.get(from)
  console.log(`  ${from} → ${to}${why ? `  (${why})` : '  (test)'}`)
}
console.log(`Specifiers rewritten: ${specifierCount} in ${specifierFiles} files.`)
if (mentionCount > 0) console.log(`Paths named in text (docs, comments): ${mentionCount} in ${mentionFiles.join(', ')}.`)
console.log(includeChanged ? `${WEB_TSCONFIG}: the core list becomes ${sharedGlob}.` : `${WEB_TSCONFIG}: unchanged.`)
for (const file of files.filter((file) => moves.has(file) && isTest(file))) {
  if (/__dirname|__filename|process\.cwd\(\)/.test(specifiers(file).text)) warnings.push(`${file} reads files by a path the script cannot rewrite (__dirname, __filename or the working folder): check it after the move`)
}
for (const line of warnings) console.log(`warning: ${line}`)
if (dryRun) process.exit(0)

for (const [from, to] of moves) {
  mkdirSync(posix.dirname(to), { recursive: true })
  const tracked = execFileSync('git', ['ls-files', '--', from], { encoding: 'utf8' }).trim() !== ''
  if (tracked) execFileSync('git', ['mv', from, to])
  else renameSync(from, to)
}
for (const folder of [...new Set([...moves.keys()].map((file) => posix.dirname(file)))].sort((a, b) => b.length - a.length)) {
  if (existsSync(folder) && readdirSync(folder).length === 0) rmdirSync(folder)
}
for (const [file, text] of rewrites) writeFileSync(file, text)
if (includeChanged) writeFileSync(WEB_TSCONFIG, nextWebConfig)
if (moves.size + rewrites.size === 0 && !includeChanged) console.log('Nothing to do: already in place.')
else console.log('Done. Check with: npx tsc --noEmit -p tsconfig.node.json && npx tsc --noEmit -p tsconfig.web.json && npx tsc --noEmit -p tsconfig.e2e.json && npx eslint . --max-warnings 0')
