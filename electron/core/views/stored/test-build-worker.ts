/**
 * A test fixture, never part of the app: an index build worker that fails after its first batch of
 * documents, as its URL's `fail` parameter asks: `throw` (an error in the build) or `exit` (the worker dies).
 */
import { serveIndexBuild } from './serve-index-build'

const fail = new URL(import.meta.url).searchParams.get('fail')

serveIndexBuild(() => {
  if (fail === 'throw') throw new Error('a test worker failing on purpose')
  if (fail === 'exit') process.exit(7)
})
