/**
 * Groups files for `import.files` calls: files in the same folder sharing a name before the extension
 * (brat's `article.txt` + `article.ann`) travel in one call, so a reader that needs a companion file
 * finds it; every other file goes alone, so progress and Cancel work file by file.
 */
export function groupCompanions<T extends { name: string }>(files: readonly T[]): T[][] {
  const groups = new Map<string, T[]>()
  for (const file of files) {
    const slash = file.name.lastIndexOf('/')
    const dot = file.name.lastIndexOf('.')
    const stem = dot > slash + 1 ? file.name.slice(0, dot) : file.name
    const group = groups.get(stem)
    if (group) group.push(file)
    else groups.set(stem, [file])
  }
  return [...groups.values()]
}
