/**
 * A test fixture, never part of the app: an import worker that knows, besides the shipped formats, a few
 * readers that misbehave on purpose. Tests start it with `new ImportWorkers({ entry: TEST_WORKER })`.
 */
import { SHIPPED_READERS } from '../registry'
import { serveImportRequests } from './serve-requests'
import type { ImportReader } from '../reader'
import { verbatim } from '../../shared/i18n/said'

const byExtension = (extension: string) => (name: string) => name.endsWith(`.${extension}`)

/** Never finishes: a reader caught in a loop. */
const endless: ImportReader = {
  format: 'test-endless',
  canRead: byExtension('endless'),
  read: () => {
    for (;;) {
      // Spins without yielding, as a catastrophic regular expression does.
    }
  }
}

/** Allocates without bound: a decompression bomb in miniature. */
const hungry: ImportReader = {
  format: 'test-hungry',
  canRead: byExtension('hungry'),
  read: () => {
    const hoard: string[] = []
    for (let i = 0; ; i += 1) hoard.push(String(i).padEnd(1_000_000, 'x'))
  }
}

/** Spins for `seconds` (the file's text), reporting progress as a line-based reader does, then yields one document. */
const slow: ImportReader = {
  format: 'test-slow',
  canRead: byExtension('slow'),
  read: (name, bytes, options) => {
    const until = performance.now() + Number(new TextDecoder().decode(bytes)) * 1000
    while (performance.now() < until) {
      const step = performance.now() + 100
      while (performance.now() < step) {
        // A line's worth of work.
      }
      options.progress?.()
    }
    return Promise.resolve([{ origin: name, metadata: {}, text: 'Slow but steady.\n\nIt got there.', offsetUnit: 'codepoint' as const, annotations: [] }])
  }
}

/** Reports progress for a second, then spins without it: a file that reads well and then gets stuck. */
const stalling: ImportReader = {
  format: 'test-stalling',
  canRead: byExtension('stalls'),
  read: (_name, _bytes, options) => {
    const until = performance.now() + 1_000
    while (performance.now() < until) options.progress?.()
    for (;;) {
      // Stuck.
    }
  }
}

/** Ends its thread, as a native crash would. */
const crashing: ImportReader = {
  format: 'test-crashing',
  canRead: byExtension('crash'),
  read: () => process.exit(3)
}

/** A document whose text is another file of the import (`x.pair` reads `x.txt`) and a span given in the .pair file. */
const pair: ImportReader = {
  format: 'test-pair',
  canRead: byExtension('pair'),
  companions: (name) => [name.replace(/\.pair$/, '.txt')],
  read: (name, bytes, options) => {
    const text = new TextDecoder().decode(options.companion(name.slice(name.lastIndexOf('/') + 1).replace(/\.pair$/, '.txt')))
    const [start, end, tag] = new TextDecoder().decode(bytes).split(' ')
    options.warn(verbatim(`${name}: read with its text`))
    return Promise.resolve([{ origin: name, metadata: {}, text, offsetUnit: 'codepoint' as const, annotations: [{ tag: tag ?? '', start: Number(start), end: Number(end) }] }])
  }
}

serveImportRequests([endless, hungry, crashing, pair, slow, stalling, ...SHIPPED_READERS])
