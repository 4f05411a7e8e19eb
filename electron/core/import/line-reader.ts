import { said, type Said } from '../shared/i18n/said'
import { saidBytes } from './byte-size'

export type ByteLine =
  /** 1-based line number, as an editor shows it. */
  | { lineNumber: number; text: string }
  /** A line past the per-document limit: not decoded, only measured. */
  | { lineNumber: number; tooLong: Said }

/**
 * The lines of a file held as bytes, decoded one at a time, so a file of a gigabyte never becomes one
 * string (V8 caps a string near 512 MB, and the copy would double the memory). Lines end at LF, a
 * CR before it is dropped; a byte-order mark is skipped. Only encodings in which byte 0x0A is always
 * a line feed fit (UTF-8 and the single-byte ones). A line over `maxLineBytes` is reported, not read.
 * The decoder is the caller's, so it decides what an invalid byte means (`fatal` throws a TypeError).
 */
/** The same lines, calling `progress` after each. */
export function* reportingLines<T>(lines: Iterable<T>, progress: (() => void) | undefined): Generator<T> {
  for (const line of lines) {
    yield line
    progress?.()
  }
}

export function* linesOfBytes(bytes: Uint8Array, decoder: TextDecoder, maxLineBytes: number): Generator<ByteLine> {
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  let lineNumber = 0
  while (start < bytes.length) {
    lineNumber += 1
    const newline = bytes.indexOf(0x0a, start)
    const stop = newline === -1 ? bytes.length : newline
    const end = stop > start && bytes[stop - 1] === 0x0d ? stop - 1 : stop
    if (end - start > maxLineBytes) {
      yield { lineNumber, tooLong: said('readers.lineTooLong', { size: saidBytes(end - start), limit: saidBytes(maxLineBytes) }) }
    } else {
      yield { lineNumber, text: decoder.decode(bytes.subarray(start, end)) }
    }
    start = stop + 1
  }
}
