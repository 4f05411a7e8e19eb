import { useEffect, useMemo, useRef, useState } from 'react'
import type { ExportChoices } from '@core/shared/contract'
import { CURATED_AUTHOR } from '@core/shared/model/adjudication'
import type { TagDefinition } from '@core/shared/model/project'
import { useT } from '../i18n/I18nProvider'
import { Dialog } from '../shared/Dialog'
import { CheckList } from './CheckList'
import { STATUS_MESSAGES } from '../documents/document-view'
import { FORMATS, exportOptionsFrom, formatLabel, formProblem, type ExportChoicesAvailable, type ExportFormState } from './export-form'
import type { ExportDone } from './export-message'
import { useClient } from '../store/context'

export type { ExportDone } from './export-message'

interface ExportDialogProps {
  tags: readonly TagDefinition[]
  openDocumentId: string | null
  onClose(): void
  onDone(done: ExportDone): void
}

/** Choose a format and what to export; shows progress while the export streams, then hands the result on. */
export function ExportDialog({ tags, openDocumentId, onClose, onDone }: ExportDialogProps) {
  const client = useClient()
  const translator = useT()
  const { t } = translator
  const [choices, setChoices] = useState<ExportChoices | null>(null)
  const [state, setState] = useState<ExportFormState | null>(null)
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const first = useRef<HTMLInputElement>(null)
  const running = progress !== null

  useEffect(() => {
    client.call('export.choices', {}).then((loaded) => {
      setChoices(loaded)
      setState({
        format: 'jsonl',
        onlyOpenDocument: false,
        statuses: new Set(loaded.statuses.map((s) => s.status)),
        outlets: new Set(loaded.outlets),
        tags: new Set(tags.map((t) => t.id)),
        authors: new Set(loaded.authors),
        offsetUnit: 'codepoint',
        neutraliseFormulas: true,
        preferredTag: ''
      })
    }, (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)))
  }, [client, tags])

  useEffect(() => first.current?.focus(), [state !== null]) // eslint-disable-line react-hooks/exhaustive-deps

  const available: ExportChoicesAvailable = useMemo(
    () => ({
      statuses: choices?.statuses.map((s) => s.status) ?? [],
      outlets: choices?.outlets ?? [],
      tags: tags.map((t) => t.id),
      authors: choices?.authors ?? []
    }),
    [choices, tags]
  )

  async function start() {
    if (!state) return
    setError(null)
    setProgress({ done: 0, total: 0 })
    const stop = client.on('export.progress', setProgress)
    try {
      const outcome = await client.runExport(exportOptionsFrom(state, available, openDocumentId))
      if (outcome.savedTo) onDone({ outcome, format: state.format, downloaded: client.mode === 'browser' })
      else setProgress(null)
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
      setProgress(null)
    } finally {
      stop()
    }
  }

  const info = FORMATS.find((f) => f.format === state?.format)
  const problemKey = state ? formProblem(state, available) : null
  const problem = problemKey ? t(problemKey) : null
  const update = (change: Partial<ExportFormState>) => setState((current) => (current ? { ...current, ...change } : current))

  return (
    <Dialog title={t('exporting.title')} className="export-dialog" onClose={onClose} canClose={!running}>
      {!state && !error && <p className="export-loading">{t('exporting.loading')}</p>}
      {state && (
        <form
          onSubmit={(event) => {
            event.preventDefault()
            void start()
          }}
        >
          <fieldset className="export-formats" disabled={running}>
            <legend>{t('exporting.format')}</legend>
            {FORMATS.map((f, index) => (
              <label key={f.format} className="export-format">
                <input ref={index === 0 ? first : undefined} type="radio" name="format" value={f.format} checked={state.format === f.format} onChange={() => update({ format: f.format })} />
                <span className="export-format-name">{formatLabel(f.format, translator)}</span>
                <span className="export-format-description">{t(f.description)}</span>
              </label>
            ))}
          </fieldset>
          <div className="export-columns">
            <fieldset className="check-list" disabled={running}>
              <legend>{t('exporting.documents')}</legend>
              <label>
                <input type="radio" name="scope" checked={!state.onlyOpenDocument} onChange={() => update({ onlyOpenDocument: false })} />
                {t('exporting.documents.all')}
              </label>
              <label>
                <input type="radio" name="scope" disabled={!openDocumentId} checked={state.onlyOpenDocument} onChange={() => update({ onlyOpenDocument: true })} />
                {t('exporting.documents.open')}
              </label>
            </fieldset>
            <CheckList
              legend={t('exporting.status')}
              disabled={running}
              items={(choices?.statuses ?? []).map((s) => ({ value: s.status, label: t('exporting.status.count', { status: t(STATUS_MESSAGES[s.status]), count: s.count }) }))}
              chosen={state.statuses}
              onChange={(statuses) => update({ statuses })}
            />
            <CheckList
              legend={t('exporting.outlet')}
              disabled={running}
              items={available.outlets.map((o) => ({ value: o, label: o || t('exporting.outlet.none') }))}
              chosen={state.outlets}
              onChange={(outlets) => update({ outlets })}
            />
            <CheckList legend={t('exporting.tags')} disabled={running} items={tags.map((tag) => ({ value: tag.id, label: tag.label }))} chosen={state.tags} onChange={(chosen) => update({ tags: chosen })} />
            <CheckList
              legend={t('exporting.annotators')}
              disabled={running}
              items={available.authors.map((a) => ({ value: a, label: a === CURATED_AUTHOR ? t('exporting.annotators.curated') : a || t('exporting.annotators.unknown') }))}
              chosen={state.authors}
              onChange={(authors) => update({ authors })}
            />
          </div>
          <fieldset className="export-options" disabled={running}>
            <legend>{t('exporting.options')}</legend>
            <label>
              {t('exporting.offsets')}
              <select value={info?.offsetChoice ? state.offsetUnit : 'codepoint'} disabled={!info?.offsetChoice} onChange={(event) => update({ offsetUnit: event.target.value === 'utf16' ? 'utf16' : 'codepoint' })}>
                <option value="codepoint">{t('exporting.offsets.codepoint')}</option>
                <option value="utf16">{t('exporting.offsets.utf16')}</option>
              </select>
            </label>
            {state.format === 'csv' && (
              <label>
                <input type="checkbox" checked={state.neutraliseFormulas} onChange={(event) => update({ neutraliseFormulas: event.target.checked })} />
                {t('exporting.neutraliseFormulas')}
              </label>
            )}
            {info?.resolvesOverlaps && (
              <label>
                {t('exporting.overlaps')}
                <select value={state.preferredTag} onChange={(event) => update({ preferredTag: event.target.value })}>
                  <option value="">{t('exporting.overlaps.tagSetOrder', { order: tags.map((tag) => tag.label).join(' > ') })}</option>
                  {tags.map((tag) => (
                    <option dir="auto" key={tag.id} value={tag.id}>{t('exporting.overlaps.first', { tag: tag.label })}</option>
                  ))}
                </select>
              </label>
            )}
          </fieldset>
          {running && (
            <div className="export-progress">
              <progress aria-label={t('exporting.progress')} max={Math.max(progress.total, 1)} value={progress.done} />
              <span role="status">{progress.total ? t('exporting.progress.reads', { done: progress.done, total: progress.total }) : t('exporting.progress.starting')}</span>
            </div>
          )}
          {(error ?? problem) && <p className="export-error" role="alert">{error ?? problem}</p>}
          <div className="export-actions">
            <button type="button" onClick={onClose} disabled={running}>{t('exporting.cancel')}</button>
            <button type="submit" className="primary" disabled={running || problem !== null}>{running ? t('exporting.exporting') : t('exporting.export')}</button>
          </div>
        </form>
      )}
      {!state && error && (
        <>
          <p className="export-error" role="alert">{error}</p>
          <div className="export-actions"><button type="button" onClick={onClose}>{t('exporting.close')}</button></div>
        </>
      )}
    </Dialog>
  )
}
