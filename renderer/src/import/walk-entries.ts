import type { Translator } from '@core/shared/i18n/translator'

/**
 * The parts of the File and Directory Entries API a dropped folder is walked with (`webkitGetAsEntry`),
 * as interfaces so the walk can be tested with fake entries: Playwright cannot drop a real folder.
 */
export interface DroppedEntry {
  readonly name: string
  readonly isFile: boolean
  readonly isDirectory: boolean
}
export interface DroppedFileEntry<F> extends DroppedEntry {
  file(success: (file: F) => void, failure: (error: unknown) => void): void
}
export interface DroppedDirectoryEntry extends DroppedEntry {
  createReader(): { readEntries(success: (entries: DroppedEntry[]) => void, failure: (error: unknown) => void): void }
}

export interface WalkedFile<F> {
  /** The path inside what was dropped: `folder/sub/article.txt`. */
  name: string
  file: F
}
export interface UnreadableEntry {
  name: string
  reason: string
}

const isFileEntry = <F>(entry: DroppedEntry): entry is DroppedFileEntry<F> => entry.isFile && 'file' in entry
const isDirectoryEntry = (entry: DroppedEntry): entry is DroppedDirectoryEntry => entry.isDirectory && 'createReader' in entry

/**
 * Every file under the dropped entries, folders walked depth first with their paths. `readEntries`
 * answers a folder in batches (Chromium gives at most 100 per call) until it returns an empty one, so it
 * is called until then. Hidden files (a leading dot) are left out. An entry that cannot be read (a file
 * gone since the drop, a folder without permission) is listed with its reason and the walk goes on.
 */
export async function walkEntries<F>(entries: readonly DroppedEntry[], translator: Translator): Promise<{ files: WalkedFile<F>[]; unreadable: UnreadableEntry[] }> {
  const files: WalkedFile<F>[] = []
  const unreadable: UnreadableEntry[] = []
  const visit = async (entry: DroppedEntry, prefix: string): Promise<void> => {
    const name = prefix + entry.name
    try {
      if (isFileEntry<F>(entry)) {
        files.push({ name, file: await new Promise<F>((resolve, reject) => entry.file(resolve, reject)) })
        return
      }
      if (!isDirectoryEntry(entry)) return
      const reader = entry.createReader()
      for (;;) {
        const batch = await new Promise<DroppedEntry[]>((resolve, reject) => reader.readEntries(resolve, reject))
        if (batch.length === 0) break
        for (const child of batch) if (!child.name.startsWith('.')) await visit(child, `${name}/`)
      }
    } catch (error) {
      unreadable.push({ name, reason: translator.t('importing.unreadable', { error: describe(error) }) })
    }
  }
  for (const entry of entries) await visit(entry, '')
  return { files, unreadable }
}

function describe(error: unknown): string {
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)) return String((error as { message: unknown }).message) || 'unknown error'
  return String(error)
}
