import { readFile } from 'node:fs/promises'

/**
 * For end-to-end tests of a failing disk, which cannot mock a child process's file system: when the
 * environment names a file with TESSERA_TEST_WRITE_FAILURE and that file holds an error code (ENOSPC,
 * EROFS, EACCES, EIO), every journal append fails with that code, as a full or read-only disk would,
 * until the file is emptied or removed ("space was freed"). Unset, it costs nothing.
 */
const switchFile = process.env.TESSERA_TEST_WRITE_FAILURE

export async function failIfInjected(path: string): Promise<void> {
  if (!switchFile) return
  const code = (await readFile(switchFile, 'utf8').catch(() => '')).trim()
  if (code) throw Object.assign(new Error(`${code}: injected write failure, write '${path}'`), { code, syscall: 'write', path })
}
