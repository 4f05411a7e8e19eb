import { useEffect, useId, useRef, type ReactNode } from 'react'
import { useT } from '../i18n/I18nProvider'

interface DialogProps {
  title: ReactNode
  onClose(): void
  children: ReactNode
  className?: string
  /** False while work runs that the dialog must stay open for (an import): Escape and × then do nothing. */
  canClose?: boolean
}

/**
 * A modal dialog (the native `<dialog>`: focus trapped, Escape closes, focus returns where it was). Focus
 * starts on the element marked `data-autofocus` if there is one (React's autoFocus runs before the dialog opens).
 */
export function Dialog({ title, onClose, children, className, canClose = true }: DialogProps) {
  const { t } = useT()
  const ref = useRef<HTMLDialogElement>(null)
  // One id per dialog: a dialog opened from another (the review after an import) must not share its title's id.
  const titleId = useId()
  useEffect(() => {
    const dialog = ref.current
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (dialog && !dialog.open) {
      dialog.showModal()
      // showModal focuses the first control, the header's ×; a dialog made for typing starts in its field.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus()
    }
    return () => {
      // A <dialog> removed while open gives focus back to no one: return it to what opened the dialog.
      const active = document.activeElement
      if (opener?.isConnected && (active === null || active === document.body)) opener.focus()
    }
  }, [])
  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      // Keys stay in the dialog: the workbench's shortcuts (tag keys, Delete, undo) must not act on the document behind it.
      onKeyDown={(event) => event.stopPropagation()}
      onCancel={(event) => {
        event.preventDefault()
        if (canClose) onClose()
      }}
    >
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('common.close')} disabled={!canClose}>
          ×
        </button>
      </header>
      {children}
    </dialog>
  )
}
