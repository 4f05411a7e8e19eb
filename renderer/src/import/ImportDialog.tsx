import { useId, useState } from 'react'
import { TEXT_ENCODINGS, type TextEncoding } from '@core/shared/import/encodings'
import { describeBytes, MAX_IMPORT_FILE_BYTES, MAX_LINE_FILE_BYTES } from '@core/shared/import/limits'
import { filesFromInput, type PickedFile } from './picked-files'
import type { ImportRun, ImportRunOptions } from './use-import'
import { Dialog } from '../shared/Dialog'
import { ImportReportView } from './ImportReportView'
import { KnownEntityMatches } from '../entities/KnownEntityMatches'

const ENCODING_LABELS: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1256': 'Windows-1256 (Arabic)',
  'iso-8859-6': 'ISO-8859-6 (Arabic)',
  'windows-1252': 'Windows-1252 (Western)',
  'iso-8859-1': 'ISO-8859-1 (Latin-1)'
}

/** The core's import contract caps a named text field at 200 characters. */
const TEXT_FIELD_MAX_LENGTH = 200

const IMPORT_HINT =
  'Text, Markdown, saved web pages (HTML), Word (.docx), PDF, doccano, Prodigy or spaCy JSONL, Label Studio JSON, brat folders (.ann and .txt with annotation.conf), ' +
  `W3C Web Annotation JSON-LD and Tessera JSONL. Up to ${describeBytes(MAX_IMPORT_FILE_BYTES)} per file here; a larger JSON Lines file ` +
  `(up to ${describeBytes(MAX_LINE_FILE_BYTES)}, ${describeBytes(MAX_IMPORT_FILE_BYTES)} per line) imports from the command line (tessera import). ` +
  'You can also drop files or folders on the window, or paste with Ctrl+V.'

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
  const [files, setFiles] = useState<PickedFile[]>([])
  const [encoding, setEncoding] = useState<TextEncoding | ''>('')
  const [allowDuplicates, setAllowDuplicates] = useState(false)
  const [skipInvalid, setSkipInvalid] = useState(false)
  const [addNewTags, setAddNewTags] = useState(true)
  const [textField, setTextField] = useState('')
  const textFieldHintId = useId()
  const namedTextField = textField.trim()
  const options: ImportRunOptions = {
    ...(encoding ? { encoding } : {}),
    allowDuplicates,
    skipInvalid,
    addNewTags,
    ...(namedTextField ? { textField: namedTextField } : {})
  }

  const idle = run.status === 'idle'
  return (
    <Dialog title="Import articles" className="import-dialog" onClose={onClose} canClose={run.status !== 'running'}>
      {idle && !queued && (
        <>
          <p className="modal-hint">{IMPORT_HINT}</p>
          <div className="import-pickers">
            <label className="file-button">
              Choose files…
              <input type="file" multiple onChange={(e) => setFiles(filesFromInput(e.currentTarget.files))} aria-label="Choose files" />
            </label>
            <label className="file-button">
              Choose a folder…
              <input
                type="file"
                multiple
                ref={(input) => input?.setAttribute('webkitdirectory', '')}
                onChange={(e) => setFiles(filesFromInput(e.currentTarget.files))}
                aria-label="Choose a folder"
              />
            </label>
            <span className="import-chosen" role="status">
              {files.length === 0 ? 'No files chosen' : files.length === 1 ? (files[0]?.name ?? '') : `${files.length} files chosen`}
            </span>
          </div>
          <fieldset className="import-options">
            <label>
              Encoding of text files{' '}
              <select value={encoding} onChange={(e) => setEncoding(e.currentTarget.value as TextEncoding | '')}>
                <option value="">Detect automatically</option>
                {TEXT_ENCODINGS.map((name) => (
                  <option dir="auto" key={name} value={name}>
                    {ENCODING_LABELS[name]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Text field (doccano / Label Studio){' '}
              <input dir="auto"
                type="text"
                value={textField}
                maxLength={TEXT_FIELD_MAX_LENGTH}
                placeholder="detect"
                spellCheck={false}
                aria-describedby={textFieldHintId}
                onChange={(e) => setTextField(e.currentTarget.value)}
              />
            </label>
            <span className="import-option-hint" id={textFieldHintId}>
              The field that holds the text when it is not <code>text</code> (a doccano <code>column_data</code>, a Label Studio <code>data.ner</code>). Leave it
              empty to detect it.
            </span>
            <label>
              <input type="checkbox" checked={allowDuplicates} onChange={(e) => setAllowDuplicates(e.currentTarget.checked)} /> Import duplicates anyway
            </label>
            <label>
              <input type="checkbox" checked={skipInvalid} onChange={(e) => setSkipInvalid(e.currentTarget.checked)} /> Import the valid lines of files with
              invalid lines
            </label>
            <label>
              <input type="checkbox" checked={addNewTags} onChange={(e) => setAddNewTags(e.currentTarget.checked)} /> Add labels this project lacks as
              new tags, and attributes a file declares that its tags lack
            </label>
          </fieldset>
        </>
      )}
      {run.status !== 'idle' && <ImportProgress run={run} />}
      {run.status === 'done' && <ImportReportView report={run.report} cancelled={run.cancelled} onOpenDocument={onOpenDocument} />}
      {run.status === 'done' && <KnownEntityMatches documentIds={run.report.imported.map((d) => d.documentId)} />}
      <div className="modal-actions">
        {idle && !queued && (
          <button type="button" className="primary" disabled={files.length === 0} onClick={() => onStart(files, options)}>
            Import {files.length > 0 ? `${files.length} file${files.length === 1 ? '' : 's'}` : ''}
          </button>
        )}
        {run.status === 'running' ? (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        ) : (
          <button type="button" onClick={onClose}>
            {run.status === 'done' ? 'Done' : 'Cancel'}
          </button>
        )}
      </div>
    </Dialog>
  )
}

function ImportProgress({ run }: { run: ImportRun }) {
  return (
    <div className="import-progress">
      <progress max={run.total} value={run.done} aria-label="Import progress" />
      <span role="status">
        {run.done} of {run.total} file{run.total === 1 ? '' : 's'}
        {run.current ? ` · reading ${run.current}` : ''}
      </span>
    </div>
  )
}
