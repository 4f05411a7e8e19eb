import { useEffect, useMemo, useRef, useState } from 'react'
import type { ExportChoices } from '@core/shared/contract'
import type { TagDefinition } from '@core/shared/model/project'
import type { ExportOutcome } from '../api/client'
import { Dialog } from '../shared/Dialog'
import { CheckList } from './CheckList'
import { STATUS_LABELS } from '../documents/document-view'
import { FORMATS, exportOptionsFrom, formProblem, type ExportChoicesAvailable, type ExportFormState } from './export-form'
import { useClient } from '../store/context'

export interface ExportDone {
  outcome: ExportOutcome
  formatLabel: string
  /** A browser download lands wherever the browser puts downloads: the notice says so rather than claim a path. */
  downloaded: boolean
}

interface ExportDialogProps {
  tags: readonly TagDefinition[]
  openDocumentId: string | null
  onClose(): void
  onDone(done: ExportDone): void
}

/** Choose a format and what to export; shows progress while the export streams, then hands the result on. */
export function ExportDialog({ tags, openDocumentId, onClose, onDone }: ExportDialogProps) {
  const client = useClient()
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
      if (outcome.savedTo) onDone({ outcome, formatLabel: FORMATS.find((f) => f.format === state.format)?.label ?? state.format, downloaded: client.mode === 'browser' })
      else setProgress(null)
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
      setProgress(null)
    } finally {
      stop()
    }
  }

  const info = FORMATS.find((f) => f.format === state?.format)
  const problem = state ? formProblem(state, available) : null
  const update = (change: Partial<ExportFormState>) => setState((current) => (current ? { ...current, ...change } : current))

  return (
    <Dialog title="Export dataset" className="export-dialog" onClose={onClose} canClose={!running}>
      {!state && !error && <p className="export-loading">Reading the project…</p>}
      {state && (
        <form
          onSubmit={(event) => {
            event.preventDefault()
            void start()
          }}
        >
          <fieldset className="export-formats" disabled={running}>
            <legend>Format</legend>
            {FORMATS.map((f, index) => (
              <label key={f.format} className="export-format">
                <input ref={index === 0 ? first : undefined} type="radio" name="format" value={f.format} checked={state.format === f.format} onChange={() => update({ format: f.format })} />
                <span className="export-format-name">{f.label}</span>
                <span className="export-format-description">{f.description}</span>
              </label>
            ))}
          </fieldset>
          <div className="export-columns">
            <fieldset className="check-list" disabled={running}>
              <legend>Documents</legend>
              <label>
                <input type="radio" name="scope" checked={!state.onlyOpenDocument} onChange={() => update({ onlyOpenDocument: false })} />
                All matching the filters
              </label>
              <label>
                <input type="radio" name="scope" disabled={!openDocumentId} checked={state.onlyOpenDocument} onChange={() => update({ onlyOpenDocument: true })} />
                Only the open document
              </label>
            </fieldset>
            <CheckList
              legend="Status"
              disabled={running}
              items={(choices?.statuses ?? []).map((s) => ({ value: s.status, label: `${STATUS_LABELS[s.status]} (${s.count})` }))}
              chosen={state.statuses}
              onChange={(statuses) => update({ statuses })}
            />
            <CheckList legend="Outlet" disabled={running} items={available.outlets.map((o) => ({ value: o, label: o || '(no outlet)' }))} chosen={state.outlets} onChange={(outlets) => update({ outlets })} />
            <CheckList legend="Tags" disabled={running} items={tags.map((t) => ({ value: t.id, label: t.label }))} chosen={state.tags} onChange={(chosen) => update({ tags: chosen })} />
            <CheckList legend="Annotators" disabled={running} items={available.authors.map((a) => ({ value: a, label: a || '(unknown)' }))} chosen={state.authors} onChange={(authors) => update({ authors })} />
          </div>
          <fieldset className="export-options" disabled={running}>
            <legend>Options</legend>
            <label>
              Offsets
              <select value={info?.offsetChoice ? state.offsetUnit : 'codepoint'} disabled={!info?.offsetChoice} onChange={(event) => update({ offsetUnit: event.target.value === 'utf16' ? 'utf16' : 'codepoint' })}>
                <option value="codepoint">Code points (Python, spaCy, W3C)</option>
                <option value="utf16">UTF-16 units (JavaScript)</option>
              </select>
            </label>
            {state.format === 'csv' && (
              <label>
                <input type="checkbox" checked={state.neutraliseFormulas} onChange={(event) => update({ neutraliseFormulas: event.target.checked })} />
                Neutralise cells that start like a formula (recommended)
              </label>
            )}
            {info?.resolvesOverlaps && (
              <label>
                Where spans overlap, keep
                <select value={state.preferredTag} onChange={(event) => update({ preferredTag: event.target.value })}>
                  <option value="">the tag set’s order ({tags.map((t) => t.label).join(' > ')})</option>
                  {tags.map((t) => (
                    <option dir="auto" key={t.id} value={t.id}>{t.label} first</option>
                  ))}
                </select>
              </label>
            )}
          </fieldset>
          {running && (
            <div className="export-progress">
              <progress aria-label="Export progress" max={Math.max(progress.total, 1)} value={progress.done} />
              <span role="status">{progress.total ? `${progress.done} of ${progress.total} document reads` : 'Starting…'}</span>
            </div>
          )}
          {(error ?? problem) && <p className="export-error" role="alert">{error ?? problem}</p>}
          <div className="export-actions">
            <button type="button" onClick={onClose} disabled={running}>Cancel</button>
            <button type="submit" className="primary" disabled={running || problem !== null}>{running ? 'Exporting…' : 'Export'}</button>
          </div>
        </form>
      )}
      {!state && error && (
        <>
          <p className="export-error" role="alert">{error}</p>
          <div className="export-actions"><button type="button" onClick={onClose}>Close</button></div>
        </>
      )}
    </Dialog>
  )
}
