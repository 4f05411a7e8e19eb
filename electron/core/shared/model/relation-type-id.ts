// Apart from relation-types.ts so that the renderer, which names new types, does not load zod.
/** A relation type id made from its name: "Located at" → `located-at`. */
export function relationTypeIdFor(label: string): string {
  const words = label
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0)
  let id = words.join('-')
  while (id.length > 0 && !/^[a-z]/.test(id)) id = id.slice(1)
  id = id.slice(0, 40)
  while (id.endsWith('-')) id = id.slice(0, -1)
  return id || 'relation'
}
