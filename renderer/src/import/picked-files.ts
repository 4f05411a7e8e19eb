import type { Translator } from '@core/shared/i18n/translator'
import { walkEntries } from './walk-entries'

/** A file the user chose, dropped or pasted, with its path inside a chosen folder (for reports and brat pairs). */
export interface PickedFile {
  name: string
  file: Blob
  /** Why the file could not be read where it was picked (a dropped entry gone or forbidden): reported as failed, never sent. */
  problem?: string
}

/** Files from an `<input type=file>` (multiple, or a folder with `webkitdirectory`). */
export function filesFromInput(list: FileList | null): PickedFile[] {
  return Array.from(list ?? []).map((file) => ({ name: file.webkitRelativePath || file.name, file }))
}

/** Files dropped on the window; dropped folders are walked recursively (see walk-entries.ts), what cannot be read said in the user's language. */
export async function filesFromDrop(transfer: DataTransfer, translator: Translator): Promise<PickedFile[]> {
  const entries = Array.from(transfer.items)
    .map((item) => (item.kind === 'file' ? item.webkitGetAsEntry() : null))
    .filter((entry): entry is FileSystemEntry => entry !== null)
  if (entries.length === 0) return Array.from(transfer.files).map((file) => ({ name: file.name, file }))
  const { files, unreadable } = await walkEntries<File>(entries, translator)
  return [...files, ...unreadable.map(({ name, reason }) => ({ name, file: new Blob([]), problem: reason }))]
}

/** A file's bytes as base64, read by the browser off the main thread (FileReader), for `import.files`. */
export function toBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      const url = String(reader.result)
      resolve(url.slice(url.indexOf(',') + 1))
    }
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'))
    reader.readAsDataURL(file)
  })
}
