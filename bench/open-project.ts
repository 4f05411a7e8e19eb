/**
 * Run by `npm run bench` in a fresh process: opens a project, lists its documents, and prints one JSON
 * line of figures: ms from process start and from opening the project to the list, and the RSS then.
 */
import { performance } from 'node:perf_hooks'
import { resolve } from 'node:path'
import { createCore } from '../electron/core/core'

const dir = process.argv[2] ?? ''
const modulesLoaded = performance.now()
const core = await createCore({ projectDir: dir, resourcesDir: resolve('resources'), author: 'bench' })
const list = await core.call('documents.list', {})
const listed = performance.now()
const problems = list.filter((d) => d.problem).length
const rss = process.memoryUsage().rss
core.close()
process.stdout.write(
  `${JSON.stringify({ documents: list.length, problems, fromProcessStartMs: listed, fromOpenMs: listed - modulesLoaded, rssMB: rss / 1024 / 1024 })}\n`
)
