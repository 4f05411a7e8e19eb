import { useEffect } from 'react'
import type { TagDefinition } from '@core/model/project'
import { tagColourStyles } from '../tag-colours'

/**
 * Gives each tag its colour through a constructed stylesheet (CSSOM), not a `<style>` element, so the
 * Content-Security-Policy can forbid inline styles.
 */
export function useTagColourSheet(tags: readonly TagDefinition[]): void {
  useEffect(() => {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(tagColourStyles(tags))
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet)
    }
  }, [tags])
}
