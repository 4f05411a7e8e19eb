import { readFile } from 'node:fs/promises'
import { nodeJournalFileSystem, type JournalFileSystem } from '../store/journal-file-system'

/**
 * A journal file system for tests of a failing disk: while `switchFile` holds an error code (ENOSPC,
 * EROFS, EACCES, EIO), every journal write fails with it, as a full or read-only disk would; emptying or
 * removing the file "frees the space". Only tests and the test-only server entry wire it in.
 */
export function switchedFailureFileSystem(switchFile: string): JournalFileSystem {
  return {
    async openForAppend(path) {
      const handle = await nodeJournalFileSystem.openForAppend(path)
      return {
        async write(buffer, offset, length, position) {
          const code = (await readFile(switchFile, 'utf8').catch(() => '')).trim()
          if (code) throw Object.assign(new Error(`${code}: injected write failure, write '${path}'`), { code, syscall: 'write', path })
          return handle.write(buffer, offset, length, position)
        },
        datasync: () => handle.datasync(),
        truncate: (length) => handle.truncate(length),
        close: () => handle.close()
      }
    }
  }
}
