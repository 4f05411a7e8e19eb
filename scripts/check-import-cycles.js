#!/usr/bin/env node
/**
 * Fails when the TypeScript sources import each other in a cycle (run by `npm run lint`). A cycle makes
 * module order matter at start-up and ties two areas into one; break it by moving the shared part into
 * a module both import. Type-only imports count too: they tie the areas together just the same.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const SOURCE_FOLDERS = ['electron', 'renderer/src']
const ALIASES = { '@core/': 'electron/core/' }
// `import … from '…'`, `export … from '…'`, `import '…'` and `import('…')`; comments are stripped first.
const SPECIFIER = /\b(?:from|import)[\s(]*['"]([^'"\n]+)['"]/g

function sourceFiles(folder) {
  const files = []
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'fixtures') files.push(...sourceFiles(path))
    } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(path)
  }
  return files
}

function resolveImport(root, fromFile, specifier) {
  let base = null
  if (specifier.startsWith('.')) base = resolve(dirname(fromFile), specifier)
  for (const [alias, target] of Object.entries(ALIASES)) if (specifier.startsWith(alias)) base = join(root, target, specifier.slice(alias.length))
  if (base === null) return null
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]
  return candidates.find((path) => /\.tsx?$/.test(path) && existsSync(path) && statSync(path).isFile()) ?? null
}

function stripComments(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^[ \t]*\/\/.*$/gm, '')
}

/** The import graph: file → the source files it imports. */
export function importGraph(root = ROOT) {
  const graph = new Map()
  for (const folder of SOURCE_FOLDERS.map((name) => join(root, name)).filter((path) => existsSync(path))) {
    for (const file of sourceFiles(folder)) {
      const text = stripComments(readFileSync(file, 'utf8'))
      const targets = new Set()
      for (const match of text.matchAll(SPECIFIER)) {
        const target = resolveImport(root, file, match[1])
        if (target && target !== file) targets.add(target)
      }
      graph.set(file, targets)
    }
  }
  return graph
}

/** The strongly connected components with more than one file (Tarjan's algorithm, iterative). */
export function cyclesOf(graph) {
  let counter = 0
  const index = new Map()
  const low = new Map()
  const onStack = new Set()
  const stack = []
  const cycles = []
  for (const start of graph.keys()) {
    if (index.has(start)) continue
    const work = [[start, [...(graph.get(start) ?? [])], 0]]
    index.set(start, counter)
    low.set(start, counter++)
    stack.push(start)
    onStack.add(start)
    while (work.length > 0) {
      const frame = work[work.length - 1]
      const [node, targets] = frame
      if (frame[2] < targets.length) {
        const next = targets[frame[2]++]
        if (!graph.has(next)) continue
        if (!index.has(next)) {
          index.set(next, counter)
          low.set(next, counter++)
          stack.push(next)
          onStack.add(next)
          work.push([next, [...(graph.get(next) ?? [])], 0])
        } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), index.get(next)))
        continue
      }
      work.pop()
      if (work.length > 0) {
        const parent = work[work.length - 1][0]
        low.set(parent, Math.min(low.get(parent), low.get(node)))
      }
      if (low.get(node) === index.get(node)) {
        const component = []
        let member
        do {
          member = stack.pop()
          onStack.delete(member)
          component.push(member)
        } while (member !== node)
        if (component.length > 1) cycles.push(component)
      }
    }
  }
  return cycles
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const cycles = cyclesOf(importGraph())
  if (cycles.length === 0) {
    process.stdout.write('No import cycles.\n')
  } else {
    for (const cycle of cycles) {
      process.stderr.write(`Import cycle among ${cycle.length} files:\n${cycle.map((file) => `  ${relative(ROOT, file)}`).sort().join('\n')}\n`)
    }
    process.exitCode = 1
  }
}
