import type { CoreContext } from '../context'

const QUOTE_MAX = 40

/** Text quoted in a history message ("Hama"), shortened with an ellipsis past 40 characters, on one line. */
export function shortQuote(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  const characters = [...line]
  return characters.length > QUOTE_MAX ? `${characters.slice(0, QUOTE_MAX - 1).join('')}…` : line
}

/** A quote for an English message: ‘Hama’, shortened as history messages shorten it. */
export function quoteForLabel(text: string): string {
  return `‘${shortQuote(text)}’`
}

/** A tag's label as the user sees it ("Place"), or its id when the project no longer has it. */
export function tagLabel(context: CoreContext, tagId: string): string {
  return context.store.info.tags.find((t) => t.id === tagId)?.label ?? tagId
}
