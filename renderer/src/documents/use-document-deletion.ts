import { useMemo, useState } from 'react'
import type { DocumentSummary } from '@core/shared/model/document'
import { useT } from '../i18n/I18nProvider'
import { useKeyCommands } from '../keyboard/KeyboardProvider'
import { announce } from '../shared/announcer'
import { useActions } from '../store/context'
import { deletedMessage } from './deletion-words'

/** The row of the document list that has focus, if any (Delete with nothing checked means that one). */
function focusedDocumentId(): string | null {
  const active = window.document.activeElement
  return active instanceof HTMLElement ? (active.closest<HTMLElement>('[data-document-id]')?.dataset.documentId ?? null) : null
}

/**
 * Focus on the row of `next` once no row of the deleted documents is drawn any more (the list redraws its rows
 * when the deletion reaches it: focus given before that would be lost with them); checked for up to a second.
 */
function focusWhenGone(removed: ReadonlySet<string>, next: string | null): void {
  let framesLeft = 60
  // A few frames more once they are gone: a redraw of the virtual list can still replace the row.
  let steadyFrames = 5
  const check = () => {
    const rows = [...window.document.querySelectorAll<HTMLElement>('.document-scroller [data-document-id]')]
    if (rows.some((row) => removed.has(row.dataset.documentId ?? ''))) {
      if (--framesLeft > 0) requestAnimationFrame(check)
      return
    }
    const wanted = rows.find((row) => row.dataset.documentId === next)?.querySelector<HTMLElement>('.document-item') ?? window.document.querySelector<HTMLElement>('.document-scroller')
    if (wanted && window.document.activeElement !== wanted) wanted.focus()
    if (--steadyFrames > 0) requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
}

/**
 * The document list's checked documents and their deletion: Delete (the key, through the dispatcher, or the
 * selection bar's button) asks first, naming how many documents and annotations go; one undo brings them back.
 */
export function useDocumentDeletion(documents: readonly DocumentSummary[], shown: readonly DocumentSummary[]) {
  const actions = useActions()
  const translator = useT()
  const [checkedIds, setCheckedIds] = useState<ReadonlySet<string>>(() => new Set())
  const [confirming, setConfirming] = useState<readonly DocumentSummary[] | null>(null)
  // Documents deleted meanwhile (by another window, the command line, an undo) drop out of the selection.
  const checked = useMemo(() => documents.filter((d) => checkedIds.has(d.id)), [documents, checkedIds])

  const toggle = (documentId: string, on: boolean) =>
    setCheckedIds((ids) => {
      const next = new Set(ids)
      if (on) next.add(documentId)
      else next.delete(documentId)
      return next
    })

  function askToDelete(): void {
    if (checked.length > 0) return setConfirming(checked)
    const focused = focusedDocumentId()
    const document = focused === null ? undefined : documents.find((d) => d.id === focused)
    if (document) setConfirming([document])
    else announce(translator.t('documents.delete.checkFirst'))
  }

  async function confirmDelete(): Promise<void> {
    if (!confirming) return
    const ids = new Set(confirming.map((d) => d.id))
    // Focus goes to the next document left in the list as shown (the one before, at the end).
    const at = shown.findIndex((d) => ids.has(d.id))
    const after = shown.slice(Math.max(at, 0)).find((d) => !ids.has(d.id)) ?? [...shown].reverse().find((d) => !ids.has(d.id))
    const result = await actions.removeDocuments([...ids])
    if (!result) return
    // The notice is also said through the live region.
    actions.notify({ kind: 'info', text: deletedMessage(result.documentIds.length, result.annotations, translator) })
    setCheckedIds(new Set())
    setConfirming(null)
    focusWhenGone(ids, after?.id ?? null)
  }

  useKeyCommands({ deleteDocuments: askToDelete })

  return {
    checked,
    isChecked: (documentId: string) => checkedIds.has(documentId),
    toggle,
    checkAll: () => setCheckedIds(new Set(shown.map((d) => d.id))),
    clear: () => setCheckedIds(new Set()),
    askToDelete,
    confirming,
    confirmDelete,
    cancel: () => setConfirming(null)
  }
}
