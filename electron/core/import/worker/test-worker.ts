/**
 * A test fixture, never part of the app: an import worker that knows, besides the shipped formats, a few
 * readers that misbehave on purpose. Tests start it with `new ImportWorkers({ entry: TEST_WORKER })`.
 */
import { SHIPPED_READERS } from '../registry'
import { serveImportRequests } from './serve-requests'
import type { ImportReader } from '../reader'

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
    options.warn(`${name}: read with its text`)
    return Promise.resolve([{ origin: name, metadata: {}, text, offsetUnit: 'codepoint' as const, annotations: [{ tag: tag ?? '', start: Number(start), end: Number(end) }] }])
  }
}

serveImportRequests([endless, hungry, crashing, pair, ...SHIPPED_READERS])
