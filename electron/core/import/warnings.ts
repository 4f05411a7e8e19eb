import { said, type Said, type SaidValue } from '../shared/i18n/said'
import { truncate } from '../shared/limits'

/** How much of a file's own text a warning quotes: enough to find the place, never the whole span. */
export const MAX_QUOTE_CHARS = 80
/** The longest warning kept whole; a longer one (a long id, a long name) is cut. */
export const MAX_WARNING_CHARS = 500
/** Warnings one file may add to the report; past this, one line counts the rest. */
export const MAX_WARNINGS_PER_FILE = 100

/**
 * `text` cut to at most `max` UTF-16 units with an ellipsis, never between the two halves of a
 * surrogate pair (an emoji), so a cut quote is still valid text.
 */
export function shorten(text: string, max: number = MAX_QUOTE_CHARS): string {
  return truncate(text, max)
}

/** A warning with each text it quotes cut to `max` (a message's own words are short; only what it quotes can be long). */
function boundedWarning(message: Said, max: number): Said {
  if (!message.values) return message
  const values: Record<string, SaidValue> = {}
  for (const [name, value] of Object.entries(message.values)) {
    values[name] = typeof value === 'string' ? shorten(value, max) : typeof value === 'number' ? value : boundedWarning(value, max)
  }
  return { key: message.key, values }
}

/** Warnings already bounded: those kept, and the number only counted. */
export interface BoundedWarnings {
  messages: Said[]
  more: number
}

/**
 * The warnings of one file, bounded: each text a message quotes is cut to MAX_WARNING_CHARS and after `max`
 * messages the rest are only counted, so a hostile file cannot grow the report past a few hundred kB.
 * `push` takes messages as an array's `push` does, so a reader's `warn` can hand it each message.
 */
export class WarningCollector {
  private readonly kept: Said[] = []
  private dropped = 0

  constructor(
    /** The file the warnings are about, named in the line that counts the rest. */
    private readonly file: string,
    private readonly max: number = MAX_WARNINGS_PER_FILE
  ) {}

  push(...messages: Said[]): number {
    for (const message of messages) {
      if (this.kept.length < this.max) this.kept.push(boundedWarning(message, MAX_WARNING_CHARS))
      else this.dropped += 1
    }
    return this.kept.length + this.dropped
  }

  /** Adds every message of a (possibly very long) list without spreading it into arguments. */
  pushAll(messages: readonly Said[]): void {
    for (const message of messages) this.push(message)
  }

  /** The kept warnings and how many were only counted, to pass on (from an import worker) without losing the count. */
  bounded(): BoundedWarnings {
    return { messages: [...this.kept], more: this.dropped }
  }

  /** Adds what another collector kept and counted. */
  pushBounded({ messages, more }: BoundedWarnings): void {
    this.pushAll(messages)
    this.dropped += more
  }

  /** The kept warnings, then "<file>: … and N more warnings" when some were only counted. */
  list(): Said[] {
    if (this.dropped === 0) return [...this.kept]
    return [...this.kept, said('readers.moreWarnings', { file: shorten(this.file, MAX_QUOTE_CHARS * 4), count: this.dropped })]
  }
}
