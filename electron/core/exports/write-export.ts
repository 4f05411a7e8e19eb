import type { Core } from '../core'
import type { ExportFormat, OffsetUnit } from '../contract'
import { writeFileAtomic } from '../store/atomic-write'

/** Exports the project straight to a file, atomically: an existing file is replaced whole or left as it was. */
export async function exportToFile(
  core: Core,
  format: ExportFormat,
  path: string,
  offsetUnit: OffsetUnit = 'codepoint'
): Promise<{ path: string; bytes: number }> {
  const file = await core.call('export.project', { format, offsetUnit })
  await writeFileAtomic(path, file.content)
  return { path, bytes: Buffer.byteLength(file.content) }
}
