import { Fragment, type ReactNode } from 'react'
import type { MessageKey } from '@core/shared/i18n/catalogue'
import type { RichValue, Translator } from '@core/shared/i18n/translator'
import { isolated } from '../format/bidi'
import { useT } from '../i18n/I18nProvider'

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

/**
 * User text (a tag name, a title) for a placeholder of a plain-string message: isolated inside an Arabic
 * sentence, so a Latin name keeps its place; left bare in English, whose strings stay as they always were.
 */
export function userText(t: Pick<Translator, 'direction'>, text: string): string {
  return t.direction === 'rtl' ? isolated(text) : text
}
