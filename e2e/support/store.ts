import { ProjectStore } from '../../electron/core/store/project-store'

export interface StoredAnnotation {
  id: string
  tag: string
  start: number
  end: number
  quote: string
}

/** The document whose text contains `phrase`, as the store holds it on disk (file with its journal replayed), read as another process would. */
export async function readStoredDocument(projectDir: string, phrase: string): Promise<{ id: string; text: string; annotations: StoredAnnotation[] }> {
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
