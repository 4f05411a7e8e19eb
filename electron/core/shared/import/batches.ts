import { besideBratKind, sidecarKind } from './sidecars'

/**
 * Groups files for `import.files` calls: files in the same folder sharing a name before the extension
 * (brat's `article.txt` + `article.ann`) travel in one call, so a reader that needs a companion file
 * finds it; a folder's sidecars (brat's `annotation.conf`, Tessera's `tessera.json`) travel with every
 * group of that folder holding an `.ann`, or alone when there is none (then the import reports them
 * skipped); so does a README, LICENSE or other non-`.txt` file beside `.ann` files (besideBratKind),
 * which the import then reports skipped; every other file goes alone, so progress and Cancel work
 * file by file.
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
