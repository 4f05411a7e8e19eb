import { useEffect, useRef } from 'react'
import type { TagDefinition } from '@core/model/project'

export interface ShortcutActions {
  applyTag(tagId: string): void
  deleteSelected(): void
  clearSelection(): void
}

/** Tag keys (1–9), Delete/Backspace and Escape, anywhere in the window except while typing in a field. */
export function useShortcuts(tags: readonly TagDefinition[], actions: ShortcutActions): void {
  const latest = useRef(actions)
  useEffect(() => {
    latest.current = actions
  })

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return
      const tag = tags.find((t) => t.key === event.key)
      if (tag) {
        event.preventDefault()
        latest.current.applyTag(tag.id)
      } else if (event.key === 'Delete' || event.key === 'Backspace') {
        event.preventDefault()
        latest.current.deleteSelected()
      } else if (event.key === 'Escape') {
        latest.current.clearSelection()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [tags])
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}
