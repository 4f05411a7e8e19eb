import { besideBratKind, sidecarKind } from './sidecars'

/**
 * Groups files for `import.files` calls: files in the same folder sharing a name before the extension
 * (brat's `article.txt` + `article.ann`) travel in one call, so a reader that needs a companion file
 * finds it; a folder's sidecars (brat's `annotation.conf`, Tessera's `tessera.json`) travel with every
 * group of that folder holding an `.ann`, or alone when there is none (then the import reports them
 * skipped); so does a README, LICENSE or other non-`.txt` file beside `.ann` files (besideBratKind),
 * which the import then reports skipped; every other file is a group of its own (importCalls packs the
 * groups into calls).
 */
export function groupCompanions<T extends { name: string }>(files: readonly T[]): T[][] {
  const groups = new Map<string, T[]>()
  const sidecars: T[] = []
  const names = files.map((f) => f.name)
  for (const file of files) {
    if (sidecarKind(file.name) ?? besideBratKind(file.name, names)) {
      sidecars.push(file)
      continue
    }
    const slash = file.name.lastIndexOf('/')
    const dot = file.name.lastIndexOf('.')
    const stem = dot > slash + 1 ? file.name.slice(0, dot) : file.name
    const group = groups.get(stem)
    if (group) group.push(file)
    else groups.set(stem, [file])
  }
  const folderOf = (name: string): string => name.slice(0, name.lastIndexOf('/') + 1)
  const result = [...groups.values()]
  for (const sidecar of sidecars) {
    const folder = folderOf(sidecar.name)
    const withAnn = result.filter((group) => group.some((f) => f.name.endsWith('.ann') && folderOf(f.name) === folder))
    if (withAnn.length === 0) result.push([sidecar])
    for (const group of withAnn) group.push(sidecar)
  }
  return result
}

/** How many files one `import.files` call carries at most: the core commits them in batches, overlapping reading and writing. */
export const FILES_PER_IMPORT_CALL = 64
/** At most this many bytes a call (a larger group of files goes alone): the files of a call are in memory together. */
export const BYTES_PER_IMPORT_CALL = 32 * 1024 * 1024

/**
 * The companion groups (groupCompanions) packed into calls of at most FILES_PER_IMPORT_CALL files and
 * BYTES_PER_IMPORT_CALL bytes, in order, a group never split (the app and the CLI send these calls; the
 * app follows each file of a call by its `import.progress` events). A sidecar travelling with several
 * groups of one call is in it once.
 */
export function importCalls<T extends { name: string }>(files: readonly T[], sizeOf: (file: T) => number): T[][] {
  const calls: T[][] = []
  let call: T[] = []
  let bytes = 0
  for (const group of groupCompanions(files)) {
    const fresh = (): T[] => group.filter((file) => !call.some((f) => f.name === file.name))
    const freshBytes = fresh().reduce((sum, file) => sum + sizeOf(file), 0)
    if (call.length > 0 && (call.length + group.length > FILES_PER_IMPORT_CALL || bytes + freshBytes > BYTES_PER_IMPORT_CALL)) {
      calls.push(call)
      call = []
      bytes = 0
    }
    const added = fresh()
    call.push(...added)
    bytes += added.reduce((sum, file) => sum + sizeOf(file), 0)
  }
  if (call.length > 0) calls.push(call)
  return calls
}
