import { useCallback, useEffect, useState } from 'react'
import { useT } from '../i18n/I18nProvider'
import { useClient } from '../store/context'
import { filesFromDrop, type PickedFile } from './picked-files'
import { useImport } from './use-import'
import { ImportDialog } from './ImportDialog'
import '../styles/import.css'

interface ImportCenterProps {
  open: boolean
  onOpenChange(open: boolean): void
  onOpenDocument(documentId: string): void
}

/** Every way in: the Import dialog, files or folders dropped on the window, and Ctrl+V with nothing selected. */
export function ImportCenter({ open, onOpenChange, onOpenDocument }: ImportCenterProps) {
  const client = useClient()
  const translator = useT()
  const { t } = translator
  const { run, start, cancel, reset } = useImport(client)
  const [queued, setQueued] = useState<PickedFile[] | null>(null)
  const [dragging, setDragging] = useState(false)
  const [pasted, setPasted] = useState<PickedFile | null>(null)

  const importNow = useCallback(
    (files: PickedFile[]) => {
      if (files.length === 0 || run.status === 'running') return
      setQueued(files)
      onOpenChange(true)
      void start(files, {})
    },
    [onOpenChange, run.status, start]
  )

  useEffect(() => {
    let depth = 0
    const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files')
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      depth += 1
      setDragging(true)
    }
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setDragging(false)
    }
    const onOver = (event: DragEvent) => {
      if (carriesFiles(event)) event.preventDefault()
    }
    const onDrop = (event: DragEvent) => {
      if (!event.dataTransfer || !carriesFiles(event)) return
      event.preventDefault()
      depth = 0
      setDragging(false)
      void filesFromDrop(event.dataTransfer, translator).then(importNow)
    }
    window.addEventListener('dragenter', onEnter)
    window.addEventListener('dragleave', onLeave)
    window.addEventListener('dragover', onOver)
    window.addEventListener('drop', onDrop)
    return () => {
      window.removeEventListener('dragenter', onEnter)
      window.removeEventListener('dragleave', onLeave)
      window.removeEventListener('dragover', onOver)
      window.removeEventListener('drop', onDrop)
    }
  }, [importNow, translator])

  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const target = event.target as HTMLElement | null
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return
      if (!(window.getSelection()?.isCollapsed ?? true)) return
      const html = event.clipboardData?.getData('text/html') ?? ''
      const text = event.clipboardData?.getData('text/plain') ?? ''
      if (!html.trim() && !text.trim()) return
      event.preventDefault()
      const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')
      setPasted(
        html.trim()
          ? { name: `pasted-${stamp}.html`, file: new Blob([html], { type: 'text/html' }) }
          : { name: `pasted-${stamp}.txt`, file: new Blob([text], { type: 'text/plain' }) }
      )
    }
    document.addEventListener('paste', onPaste)
    return () => document.removeEventListener('paste', onPaste)
  }, [])

  const close = () => {
    if (run.status === 'running') return
    reset()
    setQueued(null)
    onOpenChange(false)
  }

  return (
    <>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('importing.drop')}</p>
        </div>
      )}
      {pasted && !open && (
        <div className="paste-offer" role="dialog" aria-label={t('importing.pasted')}>
          <span>{t(pasted.name.endsWith('.html') ? 'importing.pasted.formatted' : 'importing.pasted.plain')}</span>
          <button
            type="button"
            className="primary"
            onClick={() => {
              importNow([pasted])
              setPasted(null)
            }}
          >
            {t('importing.pasted.import')}
          </button>
          <button type="button" onClick={() => setPasted(null)}>
            {t('importing.pasted.dismiss')}
          </button>
        </div>
      )}
      {open && (
        <ImportDialog
          run={run}
          queued={queued}
          onStart={(files, options) => void start(files, options)}
          onCancel={cancel}
          onClose={close}
          onOpenDocument={(id) => {
            onOpenDocument(id)
            close()
          }}
        />
      )}
    </>
  )
}
