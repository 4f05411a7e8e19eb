import type { CoreContext } from '../context'
import { addDocuments } from '../documents/add-documents'
import type { Entity } from '../shared/model/entity'
import type { PreparedFile } from './prepare-file'

/**
 * Commits the documents of several prepared files in one store update — their document files written
 * and the folder fsynced once, then one write of project.json — all or nothing: the entities they link
 * to are written first and taken out again if the documents cannot be stored.
 */
export async function commitFiles(context: CoreContext, files: readonly PreparedFile[]): Promise<void> {
  const records = files.flatMap((f) => f.records)
  if (records.length === 0) return
  const newTags = uniqueBy(files.flatMap((f) => f.newTags), (t) => t.id)
  const newAttributes = uniqueBy(files.flatMap((f) => f.newAttributes), (a) => `${a.tag}\u0000${a.attribute.id}`)
  const newFields = uniqueBy(files.flatMap((f) => f.newFields), (f) => f.id)
  const created: Entity[] = uniqueBy(files.flatMap((f) => f.newEntities), (e) => e.id)
  const createdIds = new Set(created.map((e) => e.id))
  if (created.length > 0) {
    await context.store.entities.update((draft) => {
      draft.entities.push(...created)
    })
    context.emit('entities.changed', { entityIds: [...createdIds] })
  }
  try {
    await addDocuments(context, records, newTags, newAttributes, newFields)
  } catch (error) {
    if (created.length > 0) {
      await context.store.entities
        .update((draft) => {
          draft.entities = draft.entities.filter((e) => !createdIds.has(e.id))
        })
        .then(() => context.emit('entities.changed', { entityIds: [...createdIds] }))
        .catch(() => undefined)
    }
    throw error
  }
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>()
  return items.filter((item) => !seen.has(key(item)) && Boolean(seen.add(key(item))))
}
