import { Fragment, type ReactNode } from 'react'
import type { MessageKey } from '@core/shared/i18n/catalogue'
import type { RichValue, Translator } from '@core/shared/i18n/translator'
import { isolated } from '../format/bidi'
import { useT } from './I18nProvider'

type Language = Pick<Translator, 'language'>

/**
 * User text (a name, a quote, a tag id) put into a sentence: isolated in Arabic, so a Latin name or a
 * number beside it keeps its own order; English keeps the text as it always read.
 */
export function userText(t: Language, text: string): string {
  return t.language === 'ar' ? isolated(text) : text
}

const MARKS = { single: ['‘', '’'], double: ['“', '”'] } as const

/** The quotation marks around user text: ‘single’ for a name, “double” for a quote in English; «» in Arabic. */
export function quoteMarks(t: Language, kind: keyof typeof MARKS): readonly [string, string] {
  return t.language === 'ar' ? ['«', '»'] : MARKS[kind]
}

/** User text in the language's quotation marks (isolated in Arabic). */
export function quoted(t: Language, text: string, kind: keyof typeof MARKS): string {
  const [open, close] = quoteMarks(t, kind)
  return `${open}${userText(t, text)}${close}`
}

/** A user name inside a rich message's `<bdi>` tag. */
export const bdi = (chunks: ReactNode[]): ReactNode => <bdi>{chunks}</bdi>

/** The parts of a rich message as React children, each keyed by its place. */
export function keyed(parts: readonly ReactNode[]): ReactNode[] {
  return parts.map((part, index) => <Fragment key={index}>{part}</Fragment>)
}

/** The English article before a tag id ("an actor", "a claim"), for messages that select on it; Arabic ignores it. */
export function articleFor(noun: string): 'a' | 'an' {
  return /^[aeiou]/i.test(noun) ? 'an' : 'a'
}

/**
 * A message whose placeholders hold elements (user text in `<bdi>`, a file in `<code>`) or whose tags
 * (`<strong>…</strong>`) are given as functions. Its parts are keyed by place, as React asks of arrays.
 */
export function RichMessage({ id, values }: { id: MessageKey; values: Record<string, RichValue<ReactNode>> }) {
  const { rich } = useT()
  return (
    <>
      {rich<ReactNode>(id, values).map((part, index) => (
        <Fragment key={index}>{part}</Fragment>
      ))}
    </>
  )
}
