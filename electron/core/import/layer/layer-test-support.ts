/** Layer files and projects for the layer import's tests (test support only). */
import { createCore, type Core } from '../../core'
import { TESSERA_JSONL_VERSION } from '../../exports/formats/jsonl'
import type { Annotation } from '../../shared/model/annotation'
import { createAgreementProject } from '../../testing/agreement-project'
import { RESOURCES_DIR } from '../../testing/helpers'

export interface LayerSpan {
  id?: string
  tag: string
  start: number
  end: number
  author?: string
  created_at?: string
  updated_at?: string
  attributes?: Annotation['attributes']
}

export interface LayerDocument {
  id?: string
  title?: string
  text: string
  annotations: LayerSpan[]
}

/** A Tessera JSONL file, as `tessera export --format jsonl` writes one, of these documents. */
export function layerFile(name: string, documents: readonly LayerDocument[], unit: 'utf16' | 'codepoint' = 'utf16'): { name: string; base64: string } {
  const header = { type: 'header', format: 'tessera-jsonl', format_version: TESSERA_JSONL_VERSION, offset_unit: unit }
  const lines = [header, ...documents.map((d) => ({ ...d, title: d.title ?? 'Untitled' }))].map((line) => JSON.stringify(line))
  return { name, base64: Buffer.from(`${lines.join('\n')}\n`).toString('base64') }
}

/** The agreement project (testing/agreement-project.ts: ann and bob on d1–d4) opened as `author`. */
export async function openAgreementCore(dir: string, author = 'tester'): Promise<Core> {
  await createAgreementProject(dir)
  return createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author })
}

/** The annotations of `documentId` by anyone but `authors`, as stored. */
export async function othersOf(core: Core, documentId: string, ...authors: string[]): Promise<Annotation[]> {
  const document = await core.call('documents.get', { documentId })
  return document.annotations.filter((a) => !authors.includes(a.author))
}
