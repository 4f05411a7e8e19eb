import type { MessageKey } from './catalogue'
import type { MessageValues, Translator } from './translator'

export type HistoryKey = Extract<MessageKey, `history.${string}`>

/** A value put into a history message: text, a count, or another history message said in its place. */
export type HistoryValue = string | number | HistoryMessage

/**
 * What an undoable action did, or a move through the history ("Undo …"), as a message of the catalogue's
 * `history` section: plain data, so it crosses to the renderer and is said there in the user's language.
 */
export interface HistoryMessage {
  key: HistoryKey
  values?: Record<string, HistoryValue>
}

/** The message in `translator`'s language, the messages nested in its values said first. */
export function sayHistory(translator: Translator, message: HistoryMessage): string {
  const values: MessageValues = {}
  for (const [name, value] of Object.entries(message.values ?? {})) values[name] = typeof value === 'object' ? sayHistory(translator, value) : value
  return translator.t(message.key, values)
}

/** Several changes made by one action, said in order as one: "rename tag A to B, recolour tag B". */
export function inOrder(first: HistoryMessage, ...rest: HistoryMessage[]): HistoryMessage {
  const [next, ...after] = rest
  return next ? { key: 'history.andThen', values: { first, rest: inOrder(next, ...after) } } : first
}
