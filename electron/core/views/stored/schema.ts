import type { FigureQualifier } from '../../shared/model/figure-interval'
import type { FigurePoint } from '../../shared/model/views'
import type { DocumentExtract } from '../extract'
import { periodOf } from '../figures-view'
import { codeUnitKey } from './order-keys'
import type { SqlValue } from './sqlite'

/** Bumped whenever the tables or what is stored in them change: a file of another version is rebuilt. */
export const STORED_VIEWS_VERSION = 3

/**
 * The view index's tables. Each claim row carries its document's `claim_key` (the order of date,
 * folded outlet and id, by code unit, as the Claims view breaks ties), so every Claims order is an
 * index of its own (a page is a range read, never a sort of the corpus); its sort keys are
 * `codeUnitKey`s, so SQLite's byte order is the memory view's. The Mentions view's order of documents
 * (by the locale's collator) is each document's `mention_key`. Both are kept by `DocumentOrder`.
 * Linked mentions only: no view reads the others. The aggregates (per entity and outlet, per thing
 * counted, outlet and day) are kept by the same transaction that changes the rows, so they are never
 * recounted. `claims_text` finds the claims holding some words: a trigram index of `text_key`;
 * `claim_trigrams` says in how many claims each trigram was at the last build, so a search asks the
 * index for its rarest trigrams only (a count gone stale costs time, never a wrong answer).
 */
export const TABLES = `
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents(doc INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT NOT NULL, outlet TEXT NOT NULL, date TEXT, stamp TEXT NOT NULL,
  mention_key TEXT NOT NULL, claim_key TEXT NOT NULL);
CREATE TABLE mentions(entity TEXT NOT NULL, doc INTEGER NOT NULL, ord INTEGER NOT NULL, annotation TEXT NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, quote TEXT NOT NULL, prefix TEXT NOT NULL, suffix TEXT NOT NULL, PRIMARY KEY(entity, doc, ord)) WITHOUT ROWID;
CREATE TABLE claims(row INTEGER PRIMARY KEY, doc INTEGER NOT NULL, ord INTEGER NOT NULL, annotation TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  text TEXT NOT NULL, text_key TEXT NOT NULL, stance TEXT, stance_key TEXT NOT NULL, attributes TEXT NOT NULL,
  actor_annotation TEXT, actor_quote TEXT, actor_entity TEXT, actor_key TEXT NOT NULL, outlet_key TEXT NOT NULL, claim_key TEXT NOT NULL);
CREATE VIRTUAL TABLE claims_text USING fts5(text_key, content='claims', content_rowid='row', detail='none', tokenize='trigram case_sensitive 1');
CREATE TABLE claim_trigrams(trigram TEXT PRIMARY KEY, claims INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE actor_names(entity TEXT PRIMARY KEY, name_key TEXT);
CREATE TABLE figures(doc INTEGER NOT NULL, ord INTEGER NOT NULL, annotation TEXT NOT NULL, start INTEGER NOT NULL, has_value INTEGER NOT NULL,
  counted TEXT NOT NULL, counted_key TEXT NOT NULL, date TEXT NOT NULL, day TEXT NOT NULL, outlet TEXT NOT NULL, doc_id TEXT NOT NULL, point TEXT,
  PRIMARY KEY(counted_key, has_value, outlet, day, date, doc_id, start, ord)) WITHOUT ROWID;
CREATE TABLE entity_outlet(entity TEXT NOT NULL, outlet TEXT NOT NULL, mentions INTEGER NOT NULL, PRIMARY KEY(entity, outlet)) WITHOUT ROWID;
CREATE TABLE entity_documents(entity TEXT PRIMARY KEY, documents INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE outlet_documents(outlet TEXT PRIMARY KEY, documents INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE figure_cells(counted_key TEXT NOT NULL, outlet TEXT NOT NULL, day TEXT NOT NULL, points INTEGER NOT NULL, PRIMARY KEY(counted_key, outlet, day)) WITHOUT ROWID;
CREATE TABLE figure_spellings(counted_key TEXT NOT NULL, counted TEXT NOT NULL, with_value INTEGER NOT NULL, figures INTEGER NOT NULL, PRIMARY KEY(counted_key, counted)) WITHOUT ROWID;
`

/**
 * Made after a full build's rows are in: building an index once costs less than keeping it while
 * inserting. Only what a query reads by (a cell's points are a range of the figures table itself).
 */
export const INDEXES = `
CREATE INDEX mentions_doc ON mentions(doc);
CREATE INDEX claims_doc ON claims(doc);
CREATE INDEX claims_actor_entity ON claims(actor_entity) WHERE actor_entity IS NOT NULL;
CREATE INDEX claims_by_date ON claims(claim_key, start, "end", ord);
CREATE INDEX claims_by_outlet ON claims(outlet_key, claim_key, start, "end", ord);
CREATE INDEX claims_by_stance ON claims(stance_key, claim_key, start, "end", ord);
CREATE INDEX claims_by_text ON claims(text_key, claim_key, start, "end", ord);
CREATE INDEX claims_by_actor ON claims(actor_key, claim_key, start, "end", ord);
CREATE INDEX figures_doc ON figures(doc);
CREATE INDEX figures_spelling ON figures(counted_key, counted, date, doc_id, start, ord);
`

export const INSERT_DOCUMENT = 'INSERT INTO documents(id, title, outlet, date, stamp, mention_key, claim_key) VALUES (?, ?, ?, ?, ?, ?, ?)'
export const INSERT_MENTION = `INSERT INTO mentions VALUES (${new Array(9).fill('?').join(', ')})`
export const INSERT_CLAIM = `INSERT INTO claims VALUES (NULL, ${new Array(16).fill('?').join(', ')})`
export const INSERT_FIGURE = `INSERT INTO figures VALUES (${new Array(12).fill('?').join(', ')})`

/** A figure's point as stored: end, quote, value, qualifier, upper, claim's annotation and text, source's annotation and quote. */
type StoredPoint = [number, string, number, FigureQualifier, number | null, string | null, string | null, string | null, string | null]

/** A figure's point from its row (its document's title and date read with it). */
export function pointOf(row: { documentId: string; title: string; date: string; annotationId: string; start: number; counted: string; point: string }): FigurePoint {
  const [end, quote, value, qualifier, upper, claimId, claimText, sourceId, sourceQuote] = JSON.parse(row.point) as StoredPoint
  return {
    documentId: row.documentId, title: row.title, date: row.date || null, annotationId: row.annotationId, start: row.start, end, quote, value, qualifier, upper, counted: row.counted,
    claim: claimId === null ? null : { annotationId: claimId, text: claimText ?? '' },
    source: sourceId === null ? null : { annotationId: sourceId, quote: sourceQuote ?? '' }
  }
}

/** An entity's name or an actor's quote as the Claims view compares them (before `codeUnitKey`). */
export function foldName(text: string): string {
  return text.toLocaleLowerCase('und')
}

/** How a claim's actor sorts: its entity's name when linked to a known entity, else its quote. */
export function actorKey(quote: string | null, entityNameKey: string | undefined): string {
  return codeUnitKey(entityNameKey ?? (quote === null ? '' : foldName(quote)))
}

/**
 * The rows one document's extract is stored as, `doc` its row in `documents`, `claimKey` its place in
 * the claims' ties; `entityNameKey` gives the
 * folded name of an entity (an actor's sort key).
 */
export function rowsOf(
  doc: number,
  claimKey: string,
  extract: DocumentExtract,
  entityNameKey: (entityId: string) => string | undefined
): { mentions: SqlValue[][]; claims: SqlValue[][]; figures: SqlValue[][] } {
  const date = extract.date ?? ''
  const outletKey = codeUnitKey(foldName(extract.outlet))
  const { documentId: docId, outlet } = extract
  return {
    mentions: extract.mentions.flatMap((m, ord) => (m.entityId === null ? [] : [[m.entityId, doc, ord, m.annotationId, m.start, m.end, m.quote, m.prefix, m.suffix]])),
    claims: extract.claims.map((c, ord) => {
      const actor = actorKey(c.actor?.quote ?? null, c.actor?.entityId ? entityNameKey(c.actor.entityId) : undefined)
      return [doc, ord, c.annotationId, c.start, c.end, c.text, codeUnitKey(c.textKey), c.stance, codeUnitKey(c.stance ?? ''), JSON.stringify(c.attributes),
        c.actor?.annotationId ?? null, c.actor?.quote ?? null, c.actor?.entityId ?? null, actor, outletKey, claimKey]
    }),
    figures: extract.figures.map((f, ord) => {
      // What a point shows beyond the row's columns (`pointOf` puts it together again).
      const point: StoredPoint | null = f.value === null ? null : [f.end, f.quote, f.value, f.qualifier, f.upper, f.claim?.annotationId ?? null, f.claim?.text ?? null, f.source?.annotationId ?? null, f.source?.quote ?? null]
      return [doc, ord, f.annotationId, f.start, point ? 1 : 0, f.counted, f.countedKey, date, periodOf(extract.date, 'day'), outlet, docId, point ? JSON.stringify(point) : null]
    })
  }
}
