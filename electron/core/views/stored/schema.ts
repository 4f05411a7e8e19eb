import type { FigurePoint } from '../../shared/model/views'
import type { DocumentExtract } from '../extract'
import { periodOf } from '../figures-view'
import type { SqlValue } from './sqlite'

/** Bumped whenever the tables or what is stored in them change: a file of another version is rebuilt. */
export const STORED_VIEWS_VERSION = 2

/**
 * The view index's tables. Each span row carries its document's date, outlet and id, so every view's
 * order is an index of its own table (a page is a range read, never a sort of the corpus). The
 * aggregates (per entity and outlet, per thing counted, outlet and day) are kept by the same
 * transaction that changes the rows, so they are never recounted.
 */
export const TABLES = `
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents(doc INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT NOT NULL, outlet TEXT NOT NULL, date TEXT, stamp TEXT NOT NULL);
CREATE TABLE mentions(doc INTEGER NOT NULL, ord INTEGER NOT NULL, annotation TEXT NOT NULL, tag TEXT NOT NULL, entity TEXT,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, quote TEXT NOT NULL, prefix TEXT NOT NULL, suffix TEXT NOT NULL, key TEXT NOT NULL,
  date TEXT NOT NULL, outlet TEXT NOT NULL, doc_id TEXT NOT NULL);
CREATE TABLE claims(doc INTEGER NOT NULL, ord INTEGER NOT NULL, annotation TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  text TEXT NOT NULL, text_key TEXT NOT NULL, stance TEXT, stance_key TEXT NOT NULL, attributes TEXT NOT NULL,
  actor_annotation TEXT, actor_quote TEXT, actor_entity TEXT, actor_quote_key TEXT NOT NULL, actor_key TEXT NOT NULL,
  date TEXT NOT NULL, outlet TEXT NOT NULL, outlet_key TEXT NOT NULL, doc_id TEXT NOT NULL);
CREATE TABLE actor_names(entity TEXT PRIMARY KEY, name_key TEXT);
CREATE TABLE figures(doc INTEGER NOT NULL, ord INTEGER NOT NULL, annotation TEXT NOT NULL, start INTEGER NOT NULL, has_value INTEGER NOT NULL,
  counted TEXT NOT NULL, counted_key TEXT NOT NULL, date TEXT NOT NULL, day TEXT NOT NULL, outlet TEXT NOT NULL, doc_id TEXT NOT NULL, point TEXT NOT NULL);
CREATE TABLE entity_outlet(entity TEXT NOT NULL, outlet TEXT NOT NULL, mentions INTEGER NOT NULL, PRIMARY KEY(entity, outlet));
CREATE TABLE entity_documents(entity TEXT PRIMARY KEY, documents INTEGER NOT NULL);
CREATE TABLE outlet_documents(outlet TEXT PRIMARY KEY, documents INTEGER NOT NULL);
CREATE TABLE figure_cells(counted_key TEXT NOT NULL, outlet TEXT NOT NULL, day TEXT NOT NULL, points INTEGER NOT NULL, PRIMARY KEY(counted_key, outlet, day));
CREATE TABLE figure_spellings(counted_key TEXT NOT NULL, counted TEXT NOT NULL, with_value INTEGER NOT NULL, figures INTEGER NOT NULL, PRIMARY KEY(counted_key, counted));
`

/** Made after a full build's rows are in: building an index once costs less than keeping it while inserting. */
export const INDEXES = `
CREATE INDEX mentions_doc ON mentions(doc);
CREATE INDEX mentions_entity ON mentions(entity, date, outlet, doc_id, start, ord) WHERE entity IS NOT NULL;
CREATE INDEX claims_doc ON claims(doc);
CREATE INDEX claims_actor_entity ON claims(actor_entity) WHERE actor_entity IS NOT NULL;
CREATE INDEX claims_filters ON claims(outlet, stance, actor_entity);
CREATE INDEX claims_by_date ON claims(date, outlet_key, doc_id, start, "end", ord);
CREATE INDEX claims_by_outlet ON claims(outlet_key, date, doc_id, start, "end", ord);
CREATE INDEX claims_by_stance ON claims(stance_key, date, outlet_key, doc_id, start, "end", ord);
CREATE INDEX claims_by_text ON claims(text_key, date, outlet_key, doc_id, start, "end", ord);
CREATE INDEX claims_by_actor ON claims(actor_key, date, outlet_key, doc_id, start, "end", ord);
CREATE INDEX figures_doc ON figures(doc);
CREATE INDEX figures_points ON figures(counted_key, outlet, day, date, doc_id, start, ord, point) WHERE has_value = 1;
CREATE INDEX figures_spelling ON figures(counted_key, counted, date, doc_id, start, ord);
`

export const INSERT_DOCUMENT = 'INSERT INTO documents(id, title, outlet, date, stamp) VALUES (?, ?, ?, ?, ?)'
export const INSERT_MENTION = `INSERT INTO mentions VALUES (${new Array(14).fill('?').join(', ')})`
export const INSERT_CLAIM = `INSERT INTO claims VALUES (${new Array(19).fill('?').join(', ')})`
export const INSERT_FIGURE = `INSERT INTO figures VALUES (${new Array(12).fill('?').join(', ')})`

/** How an actor sorts in the Claims view: its entity's name when linked to a known entity, else its quote. */
export function foldName(text: string): string {
  return text.toLocaleLowerCase('und')
}

/** The rows one document's extract is stored as; `actorKey` gives the sort key of a claim's actor. */
export function rowsOf(doc: number, extract: DocumentExtract, entityNameKey: (entityId: string) => string | undefined): { mentions: SqlValue[][]; claims: SqlValue[][]; figures: SqlValue[][] } {
  const date = extract.date ?? ''
  const outletKey = foldName(extract.outlet)
  const { documentId: docId, outlet } = extract
  return {
    mentions: extract.mentions.map((m, ord) => [doc, ord, m.annotationId, m.tag, m.entityId, m.start, m.end, m.quote, m.prefix, m.suffix, m.key, date, outlet, docId]),
    claims: extract.claims.map((c, ord) => {
      const actorQuoteKey = c.actor ? foldName(c.actor.quote) : ''
      const actorKey = (c.actor?.entityId ? entityNameKey(c.actor.entityId) : undefined) ?? actorQuoteKey
      return [doc, ord, c.annotationId, c.start, c.end, c.text, c.textKey, c.stance, c.stance ?? '', JSON.stringify(c.attributes),
        c.actor?.annotationId ?? null, c.actor?.quote ?? null, c.actor?.entityId ?? null, actorQuoteKey, actorKey, date, outlet, outletKey, docId]
    }),
    figures: extract.figures.map((f, ord) => {
      const point: FigurePoint | null = f.value === null ? null : {
        documentId: docId, title: extract.title, date: extract.date, annotationId: f.annotationId, start: f.start, end: f.end, quote: f.quote,
        value: f.value, qualifier: f.qualifier, upper: f.upper, claim: f.claim,
        source: f.source ? { annotationId: f.source.annotationId, quote: f.source.quote } : null, counted: f.counted
      }
      return [doc, ord, f.annotationId, f.start, point ? 1 : 0, f.counted, f.countedKey, date, periodOf(extract.date, 'day'), outlet, docId, JSON.stringify(point)]
    })
  }
}
