import type { Core } from '../core'
import type { ExportFile, ExportFormat, OffsetUnit } from '../contract'
import { writeFileAtomic } from '../store/atomic-write'

export interface ExportWritten {
  path: string
  bytes: number
  documentCount: number
}

/** Writes a computed export atomically: an existing file is replaced whole or left as it was. */
export async function writeExportFile(file: ExportFile, path: string): Promise<ExportWritten> {
  await writeFileAtomic(path, file.content)
  return { path, bytes: Buffer.byteLength(file.content), documentCount: file.documentCount }
}

/** Exports the project straight to a file, atomically. */
export async function exportToFile(
  core: Core,
  format: ExportFormat,
  path: string,
  offsetUnit: OffsetUnit = 'codepoint'
): Promise<ExportWritten> {
  return writeExportFile(await core.call('export.project', { format, offsetUnit }), path)
}
