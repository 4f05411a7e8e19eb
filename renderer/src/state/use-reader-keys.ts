import { useEffect, useRef } from 'react'
import type { Direction, Edge } from '@core/text/snap'
import { matchesShortcut } from '../keyboard/shortcuts'

export interface ReaderKeyActions {
  /** J / K: the next or previous annotation in reading order. */
  moveToAnnotation(step: 1 | -1): void
  /** Alt+↓ / Alt+↑: the next or previous document in the list. */
  moveToDocument(step: 1 | -1): void
  /** Shift+←/→ (end) and Alt+Shift+←/→ (start) on the selected annotation; false when none is selected. */
  resizeSelected(edge: Edge, direction: Direction): boolean
  /** Whether the selected annotation runs right to left (then → moves an edge backwards in the text). */
  selectedIsRightToLeft(): boolean
}

/**
 * The workbench's navigation and resize keys, anywhere but in a text field or an open dialog. A key the
 * reader's caret already used (Shift+arrows extending a text selection) arrives with its default prevented.
 */
export function useReaderKeys(actions: ReaderKeyActions): void {
  const latest = useRef(actions)
  useEffect(() => {
    latest.current = actions
  })
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || isTextEntry(event.target) || document.querySelector('dialog[open]')) return
      const act = latest.current
      if (matchesShortcut(event, 'nextAnnotation') || matchesShortcut(event, 'previousAnnotation')) {
        event.preventDefault()
        act.moveToAnnotation(matchesShortcut(event, 'nextAnnotation') ? 1 : -1)
      } else if (matchesShortcut(event, 'nextDocument') || matchesShortcut(event, 'previousDocument')) {
        event.preventDefault()
        act.moveToDocument(matchesShortcut(event, 'nextDocument') ? 1 : -1)
      } else if ((matchesShortcut(event, 'resizeEnd') || matchesShortcut(event, 'resizeStart')) && nearTheAnnotations(event.target)) {
        const edge: Edge = event.altKey ? 'start' : 'end'
        const forward = (event.key === 'ArrowRight') !== act.selectedIsRightToLeft()
        if (act.resizeSelected(edge, forward ? 'forward' : 'backward')) event.preventDefault()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

/** Shift+arrows resize only from the reader, the annotation list or nowhere in particular (not from tabs or toolbars, whose arrows are their own). */
function nearTheAnnotations(target: EventTarget | null): boolean {
  if (!(target instanceof Element) || target === document.body) return true
  return target.closest('.reader, .annotation-pane, [data-annotation-id]') !== null
}
