import { resizeByWord, type Edge } from '@core/shared/text/snap'
import type { ProjectActions } from '../store/actions'
import type { ProjectStore } from '../store/project-store'
import { resizeMessage } from './resize-message'
import { matchesShortcut } from './shortcuts'

/** What the workspace and the workbench do for a key; each part is registered while it is on screen. */
export interface KeyCommands {
  openProjects(): void
  openProjectSettings(): void
  find(): void
  undo(): void
  redo(): void
  showShortcuts(): void
  /** Enter: the selected annotation's details. */
  openDetails(): void
  /** A tag key: tags the selected text, else retags the selected annotation. */
  applyTag(tagId: string): void
  deleteSelected(): void
  /** Delete in the document list: the checked documents, else the focused one, after a confirmation. */
  deleteDocuments(): void
  /** Escape: closes the details if open, else clears the selection (annotation and text). */
  escape(): void
  /** J / K: the next or previous annotation in reading order. */
  moveToAnnotation(step: 1 | -1): void
  /** Alt+↓ / Alt+↑: the next or previous document in the list. */
  moveToDocument(step: 1 | -1): void
  /** The Review view, while it is shown: J / K (or ↓ / ↑ inside the view) the next or previous disagreement. */
  moveToDisagreement(step: 1 | -1): void
  /** 1–9 in the Review view: the curated layer takes annotator n's version (n counts from 1). */
  acceptVersion(annotator: number): void
  /** M in the Review view: the versions' boundaries merged. */
  mergeVersions(): void
  /** 0 in the Review view: none of the versions. */
  acceptNone(): void
}

/** The open project, when the workbench is on screen: what is selected is read from its store at the key press. */
export interface KeyProject {
  store: ProjectStore
  actions: ProjectActions
}

const NOT_TYPED_INTO = new Set(['checkbox', 'radio', 'button', 'submit', 'reset'])

/**
 * The one "is the user typing" check: keys typed into a field, a select or editable text are the field's.
 * Keys inside a dialog never get here (dialogs keep their keys).
 */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  // A checkbox or radio button takes Space, not letters or Delete: those stay the workbench's (as on a button).
  if (target instanceof HTMLInputElement && NOT_TYPED_INTO.has(target.type)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('[contenteditable]:not([contenteditable="false"])') !== null
}

/** Enter on a button, link or field does its own thing. */
function isControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (isTyping(target) || ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName))
}

/** What a key does in the Review view (`commands` are the view's), or nothing. ↓ / ↑ only from inside the view (elsewhere they scroll). */
function reviewCommand(event: KeyboardEvent, commands: Partial<KeyCommands>): (() => void) | undefined {
  const { key } = event
  const inView = event.target instanceof Element && event.target.closest('.review-view') !== null
  if (matchesShortcut(event, 'reviewNext') && (key !== 'ArrowDown' || inView)) return () => commands.moveToDisagreement?.(1)
  if (matchesShortcut(event, 'reviewPrevious') && (key !== 'ArrowUp' || inView)) return () => commands.moveToDisagreement?.(-1)
  if (/^[1-9]$/.test(key) && commands.acceptVersion) return () => commands.acceptVersion?.(Number(key))
  if (matchesShortcut(event, 'reviewNone')) return commands.acceptNone
  if (matchesShortcut(event, 'reviewMerge')) return commands.mergeVersions
  return undefined
}

/** Shift+arrows resize only from the reader, the annotation list or nowhere in particular (tabs and toolbars own their arrows). */
function nearTheAnnotations(target: EventTarget | null): boolean {
  if (!(target instanceof Element) || target === target.ownerDocument.body) return true
  return target.closest('.reader, .annotation-pane, [data-annotation-id]') !== null
}

/** Focus on a document row or the list's selection bar: Delete means the documents, not the selected annotation. */
function inDocumentList(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('.document-scroller, .document-selection') !== null
}

const plain = (event: KeyboardEvent) => !event.ctrlKey && !event.metaKey && !event.altKey

/**
 * Every workbench key, decided in one place by where focus is and by what the store says is selected at
 * this moment (never a copy from the last render: an Escape that cleared the selection is seen by the very
 * next key). The reader's caret has already had the key (Shift+arrows extending a text selection arrive
 * with their default prevented). Returns whether the key was used.
 */
export function dispatchKey(event: KeyboardEvent, commands: Partial<KeyCommands>, project: KeyProject | null): boolean {
  // Keys in a dialog are the dialog's (it stops them); one that gets here while a modal is open is not ours either.
  if (event.defaultPrevented || window.document.querySelector('dialog[open]')) return false
  const take = (run: (() => void) | undefined): boolean => {
    if (!run) return false
    event.preventDefault()
    run()
    return true
  }
  // Anywhere, even while typing.
  if (matchesShortcut(event, 'projects')) return take(commands.openProjects)
  if (matchesShortcut(event, 'projectSettings')) return take(commands.openProjectSettings)
  if (matchesShortcut(event, 'find')) return take(commands.find)
  if (isTyping(event.target)) return false

  if (matchesShortcut(event, 'undo')) return take(commands.undo)
  if (matchesShortcut(event, 'redo')) return take(commands.redo)
  if (event.key === 'Enter' && plain(event) && !event.shiftKey && !isControl(event.target)) {
    commands.openDetails?.()
    return false
  }
  if (event.key === '?' && plain(event)) return take(commands.showShortcuts)

  if (!project) return false
  // The Review view's keys come before the tag keys: while it is shown, a digit decides (it has no text to tag).
  if (plain(event) && !event.shiftKey && commands.moveToDisagreement) {
    const review = reviewCommand(event, commands)
    if (review) return take(review)
  }
  if (plain(event)) {
    const tag = project.store.getState().tags.find((t) => t.key === event.key)
    if (tag) return take(commands.applyTag && (() => commands.applyTag?.(tag.id)))
    if (event.key === 'Delete' || event.key === 'Backspace') return take(inDocumentList(event.target) ? commands.deleteDocuments : commands.deleteSelected)
    if (matchesShortcut(event, 'cycleLayers')) return take(() => project.actions.cycleLayers())
    if (event.key === 'Escape') {
      commands.escape?.()
      return false
    }
  }

  if (matchesShortcut(event, 'nextAnnotation') || matchesShortcut(event, 'previousAnnotation')) {
    const step = matchesShortcut(event, 'nextAnnotation') ? 1 : -1
    return take(commands.moveToAnnotation && (() => commands.moveToAnnotation?.(step)))
  }
  if (matchesShortcut(event, 'nextDocument') || matchesShortcut(event, 'previousDocument')) {
    const step = matchesShortcut(event, 'nextDocument') ? 1 : -1
    return take(commands.moveToDocument && (() => commands.moveToDocument?.(step)))
  }
  if ((matchesShortcut(event, 'resizeEnd') || matchesShortcut(event, 'resizeStart')) && nearTheAnnotations(event.target)) {
    return resizeSelected(event, project)
  }
  return false
}

/** Shift+←/→ moves the selected annotation's end by a word, Alt+Shift+←/→ its start; nothing when none is selected. */
function resizeSelected(event: KeyboardEvent, { store, actions }: KeyProject): boolean {
  const { document, selectedAnnotationId, pending } = store.getState()
  const selected = selectedAnnotationId ? document?.annotations.find((a) => a.id === selectedAnnotationId) : undefined
  if (!document || !selected || pending.has(selected.id)) return false
  const edge: Edge = event.altKey ? 'start' : 'end'
  const forward = (event.key === 'ArrowRight') !== isRightToLeft(selected.id)
  event.preventDefault()
  const span = resizeByWord(document.text, actions.resizeStart(selected), edge, forward ? 'forward' : 'backward')
  if (span) {
    actions.resizeAnnotation(selected.id, span)
    // Said and shown (a failed write replaces it with the error), so a span never changes unnoticed.
    const label = store.getState().tags.find((t) => t.id === selected.tag)?.label ?? selected.tag
    actions.notify({ kind: 'info', text: resizeMessage(store.translator(), label, document.text, span, edge) })
  }
  return true
}

/** Whether the annotation's highlight runs right to left (then → moves an edge backwards in the text). */
function isRightToLeft(annotationId: string): boolean {
  const mark = window.document.querySelector(`mark[data-annotation-id="${CSS.escape(annotationId)}"]`)
  return mark ? getComputedStyle(mark).direction === 'rtl' : false
}
