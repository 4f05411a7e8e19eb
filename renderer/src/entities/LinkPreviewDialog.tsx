import { useMemo, useState } from 'react'
import type { LinkMatch, LinkPreview } from '@core/shared/model/link-matches'
import { useT } from '../i18n/I18nProvider'
import { Dialog } from '../shared/Dialog'
import { contextOf, groupByDocument, matchKey, previewSummary } from './link-preview'
import { bdi, keyed, quoteMarks } from '../i18n/user-text'

interface LinkPreviewDialogProps {
  title: string
  preview: LinkPreview
  /** Show each match's entity (the review after an import spans several entities). */
  showEntity: boolean
  busy: boolean
  error: string | null
  onConfirm(chosen: LinkMatch[]): void
  onClose(): void
}

/**
 * What Link all (or the review after an import) would link, before anything is written: each match in
 * its context, grouped by article, checked by default; the user unticks what is not the entity, then
 * confirms. One undo step takes the whole confirmed change back.
 */
export function LinkPreviewDialog({ title, preview, showEntity, busy, error, onConfirm, onClose }: LinkPreviewDialogProps) {
  const translator = useT()
  const { t } = translator
  const nameMarks = quoteMarks(translator, 'single')
  const [unchecked, setUnchecked] = useState<ReadonlySet<string>>(new Set())
  const groups = useMemo(() => groupByDocument(preview.matches), [preview.matches])
  const chosen = preview.matches.filter((m) => !unchecked.has(matchKey(m)))
  const toggle = (key: string, checked: boolean) =>
    setUnchecked((current) => {
      const next = new Set(current)
      if (checked) next.delete(key)
      else next.add(key)
      return next
    })

  return (
    <Dialog title={title} onClose={onClose} canClose={!busy} className="link-preview">
      <p className="link-preview-summary">{previewSummary(translator, preview)}</p>
      <div className="link-preview-select">
        <button type="button" disabled={busy} onClick={() => setUnchecked(new Set())}>
          {t('entities.preview.selectAll')}
        </button>
        <button type="button" disabled={busy} onClick={() => setUnchecked(new Set(preview.matches.map(matchKey)))}>
          {t('entities.preview.selectNone')}
        </button>
      </div>
      <div className="link-preview-list">
        {groups.map((group) => (
          <fieldset key={group.documentId} className="link-preview-document">
            <legend>
              <bdi>{group.title}</bdi>
              {group.outlet && (
                <span className="link-preview-outlet">
                  {' · '}
                  <bdi>{group.outlet}</bdi>
                </span>
              )}
            </legend>
            <ul>
              {group.matches.map((m) => {
                const key = matchKey(m)
                const { before, after } = contextOf(m)
                return (
                  <li key={key}>
                    <label className="link-preview-match">
                      <input type="checkbox" checked={!unchecked.has(key)} disabled={busy} onChange={(e) => toggle(key, e.currentTarget.checked)} />
                      <span className="link-preview-context" dir="auto">
                        {before}
                        <mark>{m.quote}</mark>
                        {after}
                      </span>
                      <span className="link-preview-detail">
                        {showEntity && (
                          <>
                            {nameMarks[0]}
                            <bdi>{m.entityName}</bdi>
                            {nameMarks[1]}
                            {' · '}
                          </>
                        )}
                        {t(m.kind === 'link' ? 'entities.preview.toLink' : 'entities.preview.toTagAndLink')}
                        {m.matched !== m.entityName && (
                          <>
                            {' · '}
                            {keyed(translator.rich('entities.preview.alias', { alias: m.matched, bdi }))}
                          </>
                        )}
                      </span>
                    </label>
                  </li>
                )
              })}
            </ul>
          </fieldset>
        ))}
      </div>
      {error && (
        <p className="dialog-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" disabled={busy} onClick={onClose}>
          {t('entities.preview.cancel')}
        </button>
        <button type="button" className="primary" disabled={busy || chosen.length === 0} onClick={() => onConfirm(chosen)}>
          {busy ? t('entities.preview.linking') : t('entities.preview.link', { count: chosen.length })}
        </button>
      </div>
    </Dialog>
  )
}
