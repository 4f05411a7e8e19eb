import { useLayoutEffect } from 'react'
import type { TagDefinition } from '@core/shared/model/project'
import { tagColourStyles } from './tag-colours'

/**
 * Gives each tag its colour through a constructed stylesheet adopted by the document, not a `<style>`
 * element: the Content Security Policy refuses inline style elements (style-src-elem 'self'), and
 * constructed sheets are CSSOM, which it does not govern. Applied before paint, so no uncoloured flash.
 */
export function useTagColourSheet(tags: readonly TagDefinition[]): void {
  useLayoutEffect(() => {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(tagColourStyles(tags))
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet)
    }
  }, [tags])
}
