import { Children, useId, useState, type ReactNode } from 'react'
import type { MessageKey } from '@core/shared/i18n/catalogue'
import { TEXT_ENCODINGS, type TextEncoding } from '@core/shared/import/encodings'
import { MAX_IMPORT_FILE_BYTES, MAX_LINE_FILE_BYTES } from '@core/shared/import/limits'
import { useT } from '../i18n/I18nProvider'
import { describeSize } from './byte-size'
import { filesFromInput, type PickedFile } from './picked-files'
import type { ImportRun, ImportRunOptions } from './use-import'
import { Dialog } from '../shared/Dialog'
import { ImportReportView } from './ImportReportView'
import { KnownEntityMatches } from '../entities/KnownEntityMatches'

/** Each encoding's name, and what it is for when the name does not say. */
const ENCODING_LABELS: Record<TextEncoding, { name: string; note?: MessageKey }> = {
  'utf-8': { name: 'UTF-8' },
  'utf-16le': { name: 'UTF-16 LE' },
  'utf-16be': { name: 'UTF-16 BE' },
  'windows-1256': { name: 'Windows-1256', note: 'importing.encoding.arabic' },
  'iso-8859-6': { name: 'ISO-8859-6', note: 'importing.encoding.arabic' },
  'windows-1252': { name: 'Windows-1252', note: 'importing.encoding.western' },
  'iso-8859-1': { name: 'ISO-8859-1', note: 'importing.encoding.latin1' }
}

/** The core's import contract caps a named text field at 200 characters. */
const TEXT_FIELD_MAX_LENGTH = 200
/** …and the annotator of a layer's unattributed annotations at 200. */
const ANNOTATOR_MAX_LENGTH = 200


interface ImportDialogProps {
  run: ImportRun
  /** Files handed over by a drop or a paste: imported at once with the dialog's current options. */
  queued: PickedFile[] | null
  onStart(files: PickedFile[], options: ImportRunOptions): void
  onCancel(): void
  onClose(): void
  onOpenDocument(documentId: string): void
}

/** The Import dialog: choose files or a folder, the encoding and options; then progress with Cancel; then the report. */
export function ImportDialog({ run, queued, onStart, onCancel, onClose, onOpenDocument }: ImportDialogProps) {
  const translator = useT()
  const { t, rich } = translator
  const [files, setFiles] = useState<PickedFile[]>([])
  const [encoding, setEncoding] = useState<TextEncoding | ''>('')
  const [allowDuplicates, setAllowDuplicates] = useState(false)
  const [skipInvalid, setSkipInvalid] = useState(false)
  const [addNewTags, setAddNewTags] = useState(true)
  const [textField, setTextField] = useState('')
  const [asLayer, setAsLayer] = useState(false)
  const [annotator, setAnnotator] = useState('')
  const textFieldHintId = useId()
  const namedTextField = textField.trim()
  const options: ImportRunOptions = {
    ...(encoding ? { encoding } : {}),
    allowDuplicates,
    skipInvalid,
    addNewTags,
    ...(namedTextField ? { textField: namedTextField } : {}),
    ...(asLayer ? { asLayer, ...(annotator.trim() ? { annotator: annotator.trim() } : {}) } : {})
  }

  const idle = run.status === 'idle'
  const encodingLabel = (encoding: TextEncoding) => {
    const { name, note } = ENCODING_LABELS[encoding]
    return note ? t(note, { name }) : name
  }
  return (
    <Dialog title={t('importing.title')} className="import-dialog" onClose={onClose} canClose={run.status !== 'running'}>
      {idle && !queued && (
        <>
          <p className="modal-hint">
            {t('importing.hint', { fileSize: describeSize(MAX_IMPORT_FILE_BYTES, translator), lineFileSize: describeSize(MAX_LINE_FILE_BYTES, translator) })}
          </p>
          <div className="import-pickers">
            <label className="file-button">
              {t('importing.chooseFiles')}
              <input type="file" multiple onChange={(e) => setFiles(filesFromInput(e.currentTarget.files))} aria-label={t('importing.chooseFilesLabel')} />
            </label>
            <label className="file-button">
              {t('importing.chooseFolder')}
              <input
                type="file"
                multiple
                ref={(input) => input?.setAttribute('webkitdirectory', '')}
                onChange={(e) => setFiles(filesFromInput(e.currentTarget.files))}
                aria-label={t('importing.chooseFolderLabel')}
              />
            </label>
            <span className="import-chosen" role="status">
              {files.length === 0 ? t('importing.noFiles') : files.length === 1 ? (files[0]?.name ?? '') : t('importing.filesChosen', { count: files.length })}
            </span>
          </div>
          <fieldset className="import-options">
            <label>
              {t('importing.encoding')}{' '}
              <select value={encoding} onChange={(e) => setEncoding(e.currentTarget.value as TextEncoding | '')}>
                <option value="">{t('importing.encoding.detect')}</option>
                {TEXT_ENCODINGS.map((name) => (
                  <option dir="auto" key={name} value={name}>
                    {encodingLabel(name)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('importing.textField')}{' '}
              <input dir="auto"
                type="text"
                value={textField}
                maxLength={TEXT_FIELD_MAX_LENGTH}
                placeholder={t('importing.textField.placeholder')}
                spellCheck={false}
                aria-describedby={textFieldHintId}
                onChange={(e) => setTextField(e.currentTarget.value)}
              />
            </label>
            <span className="import-option-hint" id={textFieldHintId}>
              {Children.toArray(rich<ReactNode>('importing.textField.hint', { code: (chunks) => <code>{chunks}</code> }))}
            </span>
            <label>
              <input type="checkbox" checked={allowDuplicates} onChange={(e) => setAllowDuplicates(e.currentTarget.checked)} /> {t('importing.allowDuplicates')}
            </label>
            <label>
              <input type="checkbox" checked={skipInvalid} onChange={(e) => setSkipInvalid(e.currentTarget.checked)} /> {t('importing.skipInvalid')}
            </label>
            <label>
              <input type="checkbox" checked={addNewTags} onChange={(e) => setAddNewTags(e.currentTarget.checked)} /> {t('importing.addNewTags')}
            </label>
            <label>
              <input type="checkbox" checked={asLayer} onChange={(e) => setAsLayer(e.currentTarget.checked)} /> {t('importing.asLayer')}
            </label>
            {asLayer && (
              <label>
                {t('importing.layerAnnotator')}{' '}
                <input dir="auto" type="text" value={annotator} maxLength={ANNOTATOR_MAX_LENGTH} spellCheck={false} onChange={(e) => setAnnotator(e.currentTarget.value)} />
              </label>
            )}
          </fieldset>
        </>
      )}
      {run.status !== 'idle' && <ImportProgress run={run} />}
      {run.status === 'done' && <ImportReportView report={run.report} cancelled={run.cancelled} onOpenDocument={onOpenDocument} />}
      {run.status === 'done' && <KnownEntityMatches documentIds={run.report.imported.map((d) => d.documentId)} />}
      <div className="modal-actions">
        {idle && !queued && (
          <button type="button" className="primary" disabled={files.length === 0} onClick={() => onStart(files, options)}>
            {files.length > 0 ? t('importing.startFiles', { count: files.length }) : t('importing.start')}
          </button>
        )}
        {run.status === 'running' ? (
          <button type="button" onClick={onCancel}>
            {t('importing.cancel')}
          </button>
        ) : (
          <button type="button" onClick={onClose}>
            {run.status === 'done' ? t('importing.done') : t('importing.cancel')}
          </button>
        )}
      </div>
    </Dialog>
  )
}

function ImportProgress({ run }: { run: ImportRun }) {
  const { t } = useT()
  return (
    <div className="import-progress">
      <progress max={run.total} value={run.done} aria-label={t('importing.progress')} />
      <span role="status">
        {run.current ? t('importing.progress.reading', { done: run.done, total: run.total, current: run.current }) : t('importing.progress.files', { done: run.done, total: run.total })}
      </span>
    </div>
  )
}
