import { open } from 'node:fs/promises'

/** The calls a journal writer makes on its open file: a FileHandle has them all. */
export interface JournalHandle {
  write(buffer: Buffer, offset: number, length: number, position: number): Promise<{ bytesWritten: number }>
  datasync(): Promise<void>
  truncate(length: number): Promise<void>
  close(): Promise<void>
}

/**
 * Where journals are opened for appending. The app always uses the real file system; a test (or the
 * test-only server entry of the end-to-end tests) injects one whose writes fail, as a full disk's would.
 */
export interface JournalFileSystem {
  openForAppend(path: string): Promise<JournalHandle>
}

export const nodeJournalFileSystem: JournalFileSystem = {
  openForAppend: (path) => open(path, 'r+')
}
