/** A file the user chose, dropped or pasted, with its path inside a chosen folder (for reports and brat pairs). */
export interface PickedFile {
  name: string
  file: Blob
}

/** Files from an `<input type=file>` (multiple, or a folder with `webkitdirectory`). */
export function filesFromInput(list: FileList | null): PickedFile[] {
  return Array.from(list ?? []).map((file) => ({ name: file.webkitRelativePath || file.name, file }))
}

/** Files dropped on the window; dropped folders are walked recursively. */
export async function filesFromDrop(transfer: DataTransfer): Promise<PickedFile[]> {
  const entries = Array.from(transfer.items)
    .map((item) => (item.kind === 'file' ? item.webkitGetAsEntry() : null))
    .filter((entry): entry is FileSystemEntry => entry !== null)
  if (entries.length === 0) return Array.from(transfer.files).map((file) => ({ name: file.name, file }))
  const found: PickedFile[] = []
  for (const entry of entries) await walk(entry, '', found)
  return found
}

async function walk(entry: FileSystemEntry, prefix: string, found: PickedFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject))
    found.push({ name: prefix + entry.name, file })
    return
  }
  if (!entry.isDirectory) return
  const reader = (entry as FileSystemDirectoryEntry).createReader()
  // readEntries answers in batches until it returns an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject))
    if (batch.length === 0) break
    for (const child of batch) {
      if (child.name.startsWith('.')) continue
      await walk(child, `${prefix}${entry.name}/`, found)
    }
  }
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
