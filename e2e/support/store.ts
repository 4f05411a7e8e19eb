import type { DocumentRecord } from '../../electron/core/shared/model/document'
import type { EntitiesFile } from '../../electron/core/shared/model/entity'
import { ProjectStore } from '../../electron/core/store/project-store'

/** Every document (journal replayed) and the entities file, as a second process reading the project sees them. */
export async function readStoredProject(projectDir: string): Promise<{ documents: DocumentRecord[]; entities: EntitiesFile }> {
  const store = await ProjectStore.open(projectDir, { readOnly: true })
  try {
    const documents = await Promise.all(store.info.documentIds.map((id) => store.getDocument(id)))
    return { documents, entities: await store.entities.read() }
  } finally {
    store.close()
  }
}

/** The document whose text contains `phrase`, as the store holds it on disk (file with its journal replayed), read as another process would. */
export async function readStoredDocument(projectDir: string, phrase: string): Promise<DocumentRecord> {
  const store = await ProjectStore.open(projectDir, { readOnly: true })
  try {
    for (const id of store.info.documentIds) {
      const document = await store.getDocument(id)
      if (document.text.includes(phrase)) return document
    }
  } finally {
    store.close()
  }
  throw new Error(`no stored document contains “${phrase}”`)
}
