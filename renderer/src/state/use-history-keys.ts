import { useEffect, useRef } from 'react'
import { matchesShortcut } from '../keyboard/shortcuts'

export interface HistoryKeyActions {
  undo(): void
  redo(): void
  showShortcuts(): void
  find(): void
  openDetails(): void
}

/**
 * Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y (Cmd on macOS) anywhere except in a text field, where they keep
 * their native meaning for the text being typed; `?` opens the shortcuts; Ctrl+F (Cmd+F) opens Find.
 */
export function useHistoryKeys(actions: HistoryKeyActions): void {
  const latest = useRef(actions)
  useEffect(() => {
    latest.current = actions
  })
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (matchesShortcut(event, 'find')) {
        event.preventDefault()
        latest.current.find()
        return
      }
      if (isTextField(event.target)) return
      if (matchesShortcut(event, 'undo')) {
        event.preventDefault()
        latest.current.undo()
      } else if (matchesShortcut(event, 'redo')) {
        event.preventDefault()
        latest.current.redo()
      } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey && !isControl(event.target)) {
        latest.current.openDetails()
      } else if (event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault()
        latest.current.showShortcuts()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}

/** Enter on a button, link or field does its own thing. */
function isControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (isTextField(target) || ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName))
}

export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT'
}
