import type { AttributeValues } from '../../shared/model/attributes'
import type { Entity } from '../../shared/model/entity'
import type { ClaimRow, ClaimsView, CountedValue, FigurePeriod, FigurePoint, FigureSeries, FiguresView, MentionsView } from '../../shared/model/views'
import { foldKey } from '../../shared/text/fold'
import type { ClaimsQuery } from '../claims-view'
import { periodOf } from '../figures-view'
import type { StoredAggregates } from './aggregates'
import { codeUnitKey } from './order-keys'
import { actorKey, foldName, pointOf } from './schema'
import type { Sql, SqlRow, SqlValue } from './sqlite'
import type { StoredViewIndex } from './stored-index'

/**
 * Every mention linked to `entityId`, by date, outlet, document (each by the locale's collator, as
 * `mentionsView`: the documents' `mention_key`) and position: the entity's mentions are sorted by that
 * key alone, then the page's rows read.
 */
export function storedMentions(sql: Sql, entityId: string, page: { offset: number; limit: number }): MentionsView {
  const total = Number(sql.get('SELECT count(*) AS n FROM mentions WHERE entity = ?', [entityId])?.n ?? 0)
  const rows = sql.all(
    `WITH page AS (SELECT m.doc, m.ord, d.mention_key, m.start FROM mentions m JOIN documents d ON d.doc = m.doc WHERE m.entity = ? ORDER BY d.mention_key, m.start, m.ord LIMIT ? OFFSET ?)
     SELECT d.id AS doc_id, d.title, d.outlet, d.date, m.annotation, m.start, m."end", m.prefix, m.quote, m.suffix
     FROM page p JOIN mentions m ON m.entity = ? AND m.doc = p.doc AND m.ord = p.ord JOIN documents d ON d.doc = p.doc ORDER BY p.mention_key, p.start, p.ord`,
    [entityId, page.limit, page.offset, entityId]
  )
  return {
    total,
    lines: rows.map((row) => ({
      documentId: text(row.doc_id),
      title: text(row.title),
      outlet: text(row.outlet),
      date: nullableText(row.date),
      annotationId: text(row.annotation),
      start: Number(row.start),
      end: Number(row.end),
      left: oneLine(text(row.prefix)),
      quote: text(row.quote),
      right: oneLine(text(row.suffix))
    }))
  }
}

/** The annotation ids of every mention linked to `entityId`, by document (for merging and deleting entities). */
export function storedMentionsByDocument(sql: Sql, entityId: string): Map<string, string[]> {
  const byDocument = new Map<string, string[]>()
  for (const row of sql.all('SELECT d.id AS doc_id, m.annotation FROM mentions m JOIN documents d ON d.doc = m.doc WHERE m.entity = ? ORDER BY m.doc, m.ord', [entityId])) {
    const list = byDocument.get(text(row.doc_id)) ?? []
    list.push(text(row.annotation))
    byDocument.set(text(row.doc_id), list)
  }
  return byDocument
}

const SORT_COLUMN = { date: 'c.claim_key', outlet: 'c.outlet_key', stance: 'c.stance_key', text: 'c.text_key', actor: 'c.actor_key' } as const
/** Date, folded outlet and document (the document's `claim_key`), then the position in it. */
const TIES = ['c.claim_key', 'c.start', 'c."end"', 'c.ord']

/**
 * Rewrites the actor sort keys of the claims whose actor's entity was renamed (or removed, or added)
 * since the keys were made, so the index's actor order stays the order of the names shown.
 */
export function syncActorNames(sql: Sql, index: StoredViewIndex, entities: readonly Entity[]): void {
  const names = new Map(entities.map((e) => [e.id, foldName(e.name)]))
  const changed = [...new Set([...names.keys(), ...index.actorNames.keys()])].filter((id) => names.get(id) !== index.actorNames.get(id))
  if (changed.length === 0) return
  sql.transaction(() => {
    for (const id of changed) {
      const name = names.get(id)
      if (name !== undefined) sql.run('UPDATE claims SET actor_key = ? WHERE actor_entity = ?', [actorKey(null, name), id])
      // An entity gone: its actors sort by their quotes again, one key each.
      else for (const row of sql.all('SELECT row, actor_quote FROM claims WHERE actor_entity = ?', [id])) sql.run('UPDATE claims SET actor_key = ? WHERE row = ?', [actorKey(nullableText(row.actor_quote), undefined), row.row ?? null])
      if (name === undefined) sql.run('DELETE FROM actor_names WHERE entity = ?', [id])
      else sql.run('INSERT OR REPLACE INTO actor_names VALUES (?, ?)', [id, name])
    }
  })
  index.actorNames = names
}

/** One page of the claims table and how many claims pass the filters, read by the index's order for the sort key. */
export function storedClaims(sql: Sql, aggregates: StoredAggregates, entities: readonly Entity[], query: ClaimsQuery): ClaimsView {
  const { where, values } = claimFilter(sql, query)
  const total = where ? Number(sql.get(`SELECT count(*) AS n FROM claims c ${where}`, values)?.n ?? 0) : aggregates.claims
  const direction = query.sort.direction === 'desc' ? ' DESC' : ''
  // Each column once, so the order is exactly one of the indexes' and a page is read, not sorted.
  const order = [...new Set([SORT_COLUMN[query.sort.by], ...TIES])].map((column) => column + direction).join(', ')
  const rows = sql.all(
    `SELECT c.*, d.id AS doc_id, d.title, d.outlet, d.date AS document_date FROM claims c JOIN documents d ON d.doc = c.doc ${where} ORDER BY ${order} LIMIT ? OFFSET ?`,
    [...values, query.limit, query.offset]
  )
  const names = new Map(entities.map((e) => [e.id, e.name]))
  return { total, rows: rows.map((row) => claimRow(row, names)) }
}

function claimFilter(sql: Sql, query: ClaimsQuery): { where: string; values: SqlValue[] } {
  const conditions: string[] = []
  const values: SqlValue[] = []
  if (query.outlets) {
    conditions.push(`c.doc IN (SELECT doc FROM documents WHERE outlet IN (${query.outlets.map(() => '?').join(', ') || 'NULL'}))`)
    values.push(...query.outlets)
  }
  if (query.entityId) {
    conditions.push('c.actor_entity = ?')
    values.push(query.entityId)
  }
  if (query.stances) {
    const named = query.stances.filter((s): s is string => s !== null)
    const alternatives = named.length > 0 ? [`c.stance IN (${named.map(() => '?').join(', ')})`] : []
    if (query.stances.includes(null)) alternatives.push('c.stance IS NULL')
    conditions.push(alternatives.length > 0 ? `(${alternatives.join(' OR ')})` : '0')
    values.push(...named)
  }
  for (const [id, value] of Object.entries(query.attributes ?? {})) {
    // Compared as JSON text, so a number, a yes/no and a text value match only their own kind.
    conditions.push('c.attributes -> ? = ?')
    values.push(`$.${JSON.stringify(id)}`, JSON.stringify(value))
  }
  const text = query.text === undefined ? '' : codeUnitKey(foldKey(query.text).trim())
  if (text) {
    const trigrams = rarestTrigrams(sql, text)
    if (trigrams) {
      conditions.push('c.row IN (SELECT rowid FROM claims_text WHERE claims_text MATCH ?)')
      values.push(trigrams)
    }
    // The trigrams find the claims holding each three letters somewhere; this keeps those holding the text.
    conditions.push('instr(c.text_key, ?) > 0')
    values.push(text)
  }
  return { where: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', values }
}

/**
 * The trigrams asked of the index: the rarest, and up to two more nearly as rare. Joining a trigram
 * held by most claims reads its whole list and narrows little; the claim text is checked after anyway.
 */
const TRIGRAMS_ASKED = 3
const NEARLY_AS_RARE = 4

/**
 * The query for `claims_text` asking for the rarest trigrams of `words` (of code points, as the index's),
 * or "" under three code points.
 */
function rarestTrigrams(sql: Sql, words: string): string {
  const characters = [...words]
  const trigrams = new Set<string>()
  for (let i = 0; i + 3 <= characters.length; i += 1) trigrams.add(characters.slice(i, i + 3).join(''))
  if (trigrams.size === 0) return ''
  const counts = new Map(sql.all(`SELECT trigram, claims FROM claim_trigrams WHERE trigram IN (${[...trigrams].map(() => '?').join(', ')})`, [...trigrams]).map((row) => [text(row.trigram), Number(row.claims)]))
  const countOf = (trigram: string): number => counts.get(trigram) ?? 0
  const rarest = [...trigrams].sort((a, b) => countOf(a) - countOf(b))
  const limit = Math.max(1, countOf(rarest[0] ?? '')) * NEARLY_AS_RARE
  return rarest
    .filter((trigram, i) => i === 0 || (i < TRIGRAMS_ASKED && countOf(trigram) <= limit))
    .map((trigram) => `"${trigram.replace(/"/g, '""')}"`)
    .join(' AND ')
}

function claimRow(row: SqlRow, names: ReadonlyMap<string, string>): ClaimRow {
  const entityId = nullableText(row.actor_entity)
  const actorAnnotation = nullableText(row.actor_annotation)
  return {
    documentId: text(row.doc_id),
    title: text(row.title),
    outlet: text(row.outlet),
    date: nullableText(row.document_date),
    annotationId: text(row.annotation),
    start: Number(row.start),
    end: Number(row.end),
    text: text(row.text),
    stance: nullableText(row.stance),
    attributes: JSON.parse(text(row.attributes)) as AttributeValues,
    actor: actorAnnotation === null ? null : { annotationId: actorAnnotation, quote: text(row.actor_quote), entityId, entityName: entityId ? (names.get(entityId) ?? null) : null }
  }
}

/**
 * The Figures view from the kept counts, with each outlet's first points of each series read by range
 * (`pointsPerOutlet` of them): the same answer as the memory index's `figuresView`.
 */
export function storedFigures(sql: Sql, aggregates: StoredAggregates, options: { countedKey?: string; pointsPerOutlet?: number; period?: FigurePeriod } = {}): FiguresView {
  const cap = options.pointsPerOutlet ?? -1
  const period = options.period ?? 'day'
  const things: { pointCount: number; series: FigureSeries[] }[] = []
  for (const [key, byOutlet] of aggregates.cells) {
    if (options.countedKey !== undefined && key !== options.countedKey) continue
    const counted = commonestSpelling(sql, aggregates, key)
    const periods = new Map<string, Map<string, { days: string[]; count: number }>>()
    let pointCount = 0
    const outlets = [...byOutlet.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    for (const outlet of outlets) {
      for (const [day, count] of byOutlet.get(outlet) ?? []) {
        const periodKey = periodOf(day || null, period)
        let perOutlet = periods.get(periodKey)
        if (!perOutlet) periods.set(periodKey, (perOutlet = new Map()))
        const cell = perOutlet.get(outlet) ?? { days: [], count: 0 }
        cell.days.push(day)
        cell.count += count
        perOutlet.set(outlet, cell)
        pointCount += count
      }
    }
    const series = [...periods.entries()]
      .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0))
      .map(([periodKey, perOutlet]): FigureSeries => {
        const shown = outlets.flatMap((outlet) => {
          const cell = perOutlet.get(outlet)
          return cell ? [{ outlet, pointCount: cell.count, points: cap === 0 ? [] : points(sql, key, outlet, cell.days, cap) }] : []
        })
        return { counted, period: period === 'all' ? null : periodKey, pointCount: shown.reduce((sum, o) => sum + o.pointCount, 0), outlets: shown }
      })
    things.push({ pointCount, series })
  }
  things.sort((a, b) => b.pointCount - a.pointCount || (a.series[0]?.counted ?? '').localeCompare(b.series[0]?.counted ?? ''))
  return { series: things.flatMap((thing) => thing.series), withoutValue: aggregates.withoutValue }
}

/** An outlet's first points of one thing counted over some days (the days of a period: one range of them). */
function points(sql: Sql, countedKey: string, outlet: string, days: readonly string[], cap: number): FigurePoint[] {
  const sorted = [...days].sort()
  const first = sorted[0] ?? ''
  const last = sorted[sorted.length - 1] ?? ''
  // By day, then date: the same order as by date (a date begins with its day), and the index's, so
  // the first points are read and the rest never are.
  return sql
    .all(
      `SELECT f.doc_id, d.title, f.date, f.annotation, f.start, f.counted, f.point FROM figures f JOIN documents d ON d.doc = f.doc
       WHERE f.counted_key = ? AND f.outlet = ? AND ${first === last ? 'f.day = ?' : 'f.day BETWEEN ? AND ?'} AND f.has_value = 1
       ORDER BY f.day, f.date, f.doc_id, f.start, f.ord LIMIT ?`,
      first === last ? [countedKey, outlet, first, cap] : [countedKey, outlet, first, last, cap]
    )
    .map((row) =>
      pointOf({ documentId: text(row.doc_id), title: text(row.title), date: text(row.date), annotationId: text(row.annotation), start: Number(row.start), counted: text(row.counted), point: text(row.point) })
    )
}

/** The spelling most figures with a value use; on a tie the one whose first figure comes first. */
function commonestSpelling(sql: Sql, aggregates: StoredAggregates, countedKey: string): string {
  const tied = mostUsed([...(aggregates.spellings.get(countedKey) ?? [])].map(([spelling, count]) => [spelling, count.withValue]))
  return tied.length <= 1 ? (tied[0] ?? '') : earliest(sql, countedKey, tied, 'AND has_value = 1')
}

/**
 * The "What is counted" values the project's figures use, most used first, each in its commonest
 * spelling; `except` leaves one figure out (the one being edited).
 */
export function storedCountedValues(sql: Sql, aggregates: StoredAggregates, except?: { documentId: string; annotationId: string }): CountedValue[] {
  const left = except
    ? sql.get('SELECT counted_key, counted FROM figures WHERE doc = (SELECT doc FROM documents WHERE id = ?) AND annotation = ?', [except.documentId, except.annotationId])
    : undefined
  const values: CountedValue[] = []
  for (const [key, spellings] of aggregates.spellings) {
    const counts = [...spellings].map(([spelling, count]): [string, number] => [spelling, count.figures - (left && spelling !== '' && text(left.counted_key) === key && text(left.counted) === spelling ? 1 : 0)])
    const count = counts.reduce((sum, [, n]) => sum + n, 0)
    if (count === 0) continue
    const tied = mostUsed(counts)
    values.push({ counted: tied.length === 1 ? (tied[0] ?? '') : earliest(sql, key, tied, ''), count })
  }
  return values.sort((a, b) => b.count - a.count || a.counted.localeCompare(b.counted))
}

function mostUsed(counts: readonly [string, number][]): string[] {
  const best = Math.max(0, ...counts.map(([, n]) => n))
  return best === 0 ? [] : counts.filter(([, n]) => n === best).map(([spelling]) => spelling)
}

function earliest(sql: Sql, countedKey: string, spellings: readonly string[], condition: string): string {
  const row = sql.get(
    `SELECT counted FROM figures WHERE counted_key = ? AND counted IN (${spellings.map(() => '?').join(', ')}) ${condition} ORDER BY date, doc_id, start, ord LIMIT 1`,
    [countedKey, ...spellings]
  )
  return row ? text(row.counted) : (spellings[0] ?? '')
}

function text(value: SqlValue | undefined): string {
  return value === null || value === undefined ? '' : String(value)
}

function nullableText(value: SqlValue | undefined): string | null {
  return value === null || value === undefined ? null : String(value)
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ')
}
