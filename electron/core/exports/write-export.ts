import type { Core } from '../core'
import type { ExportFile, ExportFormat, OffsetUnit } from '../contract'
import { writeFileAtomic } from '../store/atomic-write'

/** Writes a computed export atomically: an existing file is replaced whole or left as it was. */
export async function writeExportFile(file: ExportFile, path: string): Promise<{ path: string; bytes: number }> {
  await writeFileAtomic(path, file.content)
  return { path, bytes: Buffer.byteLength(file.content) }
}

/** Exports the project straight to a file, atomically. */
export async function exportToFile(
  core: Core,
  format: ExportFormat,
  path: string,
  offsetUnit: OffsetUnit = 'codepoint'
): Promise<{ path: string; bytes: number }> {
  return writeExportFile(await core.call('export.project', { format, offsetUnit }), path)
}
