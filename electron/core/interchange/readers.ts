import type { DeclaredEntity, ImportedDocument } from '../import/imported-document'
import { said, type Said } from '../shared/i18n/said'
import type { DocumentFieldDefinition } from '../shared/model/document-fields'
import type { TagDefinition } from '../shared/model/project'
import { tagsFromAnnotationConf } from './brat-conf-read'
import { readBratDocument, parseBratSidecar } from './brat-read'
import { interchangeError, type InterchangeRead } from './interchange-read'
import { MAX_IMPORT_FILE_BYTES } from '../shared/import/limits'
import { linesOfBytes, reportingLines, type ByteLine } from '../import/line-reader'
import { looksLikeTesseraJsonl, readTesseraJsonlLines } from './jsonl-read'
import { looksLikeW3c, readW3cCollection } from './w3c-read'

/**
 * The import pipeline's reader interface (`ImportReader` in electron/core/import/reader.ts), written out
 * structurally so these readers stand on their own: the registry lists them among the shipped readers.
 */
export interface InterchangeReader {
  readonly format: string
  readonly emptyIsValid?: boolean
  readonly lineBased?: boolean
  canRead(name: string, bytes: Uint8Array): boolean
  read(name: string, bytes: Uint8Array, options: InterchangeReaderOptions): Promise<ImportedDocument[]>
  companions?(name: string): string[]
}

export interface InterchangeReaderOptions {
  skipInvalid: boolean
  warn(message: Said): void
  /** Another file of the same import by its path relative to this one, if the user chose it too. */
  companion(relativePath: string): Uint8Array | undefined
  /** The tag schema and entities the file states, so the import adds missing tags whole and restores entity links. */
  declare(schema: { tags: TagDefinition[]; entities: DeclaredEntity[]; documentFields?: DocumentFieldDefinition[] }): void
  /** The largest line (one document) a line-based reader takes. */
  maxDocumentBytes?: number
  /** Called after each line of a line-based file (see ImportReadOptions). */
  progress?(): void
}

/** Hands the file's schema to the import and returns its documents. */
function declared(read: InterchangeRead, options: InterchangeReaderOptions): ImportedDocument[] {
  options.declare({ tags: read.tags, entities: read.entities, documentFields: read.documentFields ?? [] })
  return read.documents
}

const baseName = (name: string): string => name.slice(name.lastIndexOf('/') + 1)
const folderOf = (name: string): string => name.slice(0, name.lastIndexOf('/') + 1)
const extension = (name: string): string => baseName(name).split('.').pop()?.toLowerCase() ?? ''
const head = (bytes: Uint8Array): string => new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '')

/** Tessera's exports are UTF-8; anything else is reported, never guessed. */
/** `keepBom`: a leading byte-order mark stays a character, as brat (Python's `utf-8` codec) counts it in offsets. */
function utf8(name: string, bytes: Uint8Array, { keepBom = false } = {}): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: keepBom }).decode(bytes)
  } catch {
    throw interchangeError(name, said('readers.interchange.notUtf8'))
  }
}

/** The lines of a UTF-8 file one at a time; a byte that is not UTF-8 refuses the file, naming the line. */
function* utf8Lines(name: string, bytes: Uint8Array, maxLineBytes: number): Generator<ByteLine> {
  const lines = linesOfBytes(bytes, new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }), maxLineBytes)
  let lineNumber = 0
  for (;;) {
    let next: IteratorResult<ByteLine>
    try {
      next = lines.next()
    } catch {
      throw interchangeError(`${name}:${lineNumber + 1}`, said('readers.interchange.notUtf8'))
    }
    if (next.done) return
    lineNumber = next.value.lineNumber
    yield next.value
  }
}

/** Tessera's JSONL export, read line by line from its bytes: a file may be far larger than one document. */
export const tesseraJsonlReader: InterchangeReader = {
  format: 'tessera-jsonl',
  lineBased: true,
  canRead: (name, bytes) => ['jsonl', 'ndjson', 'json'].includes(extension(name)) && looksLikeTesseraJsonl(head(bytes)),
  read: async (name, bytes, options) =>
    declared(readTesseraJsonlLines(name, reportingLines(utf8Lines(name, bytes, options.maxDocumentBytes ?? MAX_IMPORT_FILE_BYTES), options.progress), options), options)
}

export const w3cReader: InterchangeReader = {
  format: 'w3c',
  canRead: (name, bytes) => ['jsonld', 'json'].includes(extension(name)) && looksLikeW3c(head(bytes)),
  read: async (name, bytes, options) => declared(readW3cCollection(name, utf8(name, bytes), options), options)
}

/**
 * brat: an `.ann` with its `.txt` beside it; Tessera's `tessera.json` sidecar when the folder has one
 * (metadata, the exact tag schema, entities), else the folder's `annotation.conf` for the tag set.
 */
export const bratReader: InterchangeReader = {
  format: 'brat',
  emptyIsValid: true,
  canRead: (name) => extension(name) === 'ann',
  companions: (name) => {
    const folder = name.slice(0, name.lastIndexOf('/') + 1)
    return [`${folder}${baseName(name).slice(0, -4)}.txt`, `${folder}tessera.json`, `${folder}annotation.conf`]
  },
  read: async (name, bytes, options) => {
    const stem = baseName(name).slice(0, -4)
    const text = options.companion(`${stem}.txt`)
    if (!text) throw interchangeError(name, said('readers.brat.noTextChoose', { text: `${stem}.txt` }))
    const sidecarBytes = options.companion('tessera.json')
    const confBytes = options.companion('annotation.conf')
    let sidecar = sidecarBytes ? parseBratSidecar('tessera.json', utf8('tessera.json', sidecarBytes)) : null
    if (!sidecar && confBytes) sidecar = { format: 'tessera-brat', tags: tagsFromAnnotationConf(utf8(`${folderOf(name)}annotation.conf`, confBytes), `${folderOf(name)}annotation.conf`), entities: [], documents: [] }
    if (sidecar) options.declare({ tags: sidecar.tags, entities: sidecar.entities })
    const entities: DeclaredEntity[] = []
    const document = readBratDocument(name, utf8(name, bytes), utf8(`${stem}.txt`, text, { keepBom: true }), sidecar, options, entities)
    if (entities.length > 0) options.declare({ tags: [], entities })
    return [document]
  }
}

/** The interchange readers, for the import registry (most specific first). */
export const interchangeReaders: readonly InterchangeReader[] = [tesseraJsonlReader, w3cReader, bratReader]
