import { useEffect, useMemo, useState } from 'react'
import type { ClaimsView as ClaimsData, EntitiesView as EntitiesData, LeftOut } from '@core/shared/model/views'
import type { TagDefinition } from '@core/shared/model/project'
import { useClient } from '../store/context'
import { useViewFieldFilter } from './use-view-field-filter'
import { ClaimFilters } from './ClaimFilters'
import { ClaimsTable } from './ClaimsTable'
import { claimQuery, NO_CLAIM_FILTERS, nextSort, type ClaimFilterState, type ClaimSort } from './claims-query'
import type { OpenSpan } from './span-target'
import { useCorpusView } from './use-corpus-view'
import { useT } from '../i18n/I18nProvider'
import { ViewLoading } from './ViewLoading'
import { LeftOutNotice } from './LeftOutNotice'
import { claimsExportMessage } from './claims-export-message'

const PAGE = 200
const TEXT_DELAY_MS = 250

interface ClaimsViewProps {
  tags: readonly TagDefinition[]
  /** Every outlet of the corpus (documents' sources). */
  outlets: readonly string[]
  onOpenSpan: OpenSpan
  onOpenDocument(documentId: string): void
  onExported(message: string): void
  onError(message: string): void
}

/** Every claim with its actor, entity, outlet, date and stance; filtered, sorted and exported by the core. */
export function ClaimsView({ tags, outlets, onOpenSpan, onOpenDocument, onExported, onError }: ClaimsViewProps) {
  const client = useClient()
  const translator = useT()
  const { t } = translator
  const [filters, setFilters] = useState<ClaimFilterState>(NO_CLAIM_FILTERS)
  const [sort, setSort] = useState<ClaimSort>({ by: 'date', direction: 'asc' })
  const [limit, setLimit] = useState(PAGE)
  const [exporting, setExporting] = useState(false)
  const claimTag = tags.find((tag) => tag.id === 'claim')
  const definitions = useMemo(() => claimTag?.attributes ?? [], [claimTag])
  const stances = definitions.flatMap((d) => (d.id === 'stance' && d.type === 'choice' ? d.values : []))
  // Typing in the text filter asks once it pauses; every other filter asks at once.
  const text = useDebouncedValue(filters.text, TEXT_DELAY_MS)
  const { documentField, control: fieldControl } = useViewFieldFilter()
  const query = useMemo(
    () => ({ ...claimQuery({ ...filters, text }, sort, definitions), ...(documentField ? { documentField } : {}) }),
    [filters, text, sort, definitions, documentField]
  )
  const key = JSON.stringify(query)

  const claims = useCorpusView<ClaimsData & LeftOut>(`${key}:${limit}`, () => client.call('views.claims', { ...query, offset: 0, limit }))
  const entities = useCorpusView<EntitiesData>('entities', () => client.call('views.entities', {}))
  const filtered = Object.keys(query).some((name) => name !== 'sort')

  async function exportCsv() {
    setExporting(true)
    try {
      const message = claimsExportMessage(await client.exportClaimsCsv(query), translator)
      if (message) onExported(message)
    } catch (error) {
      onError(error instanceof Error ? error.message : String(error))
    } finally {
      setExporting(false)
    }
  }

  const data = claims.data
  return (
    <div className="corpus-view">
      <div className="view-header">
        <h2 className="view-title">{t('views.claims.title')}</h2>
        <button
          type="button"
          onClick={() => void exportCsv()}
          disabled={exporting || !data || data.total === 0}
          title={t('views.claims.exportTitle')}
        >
          {exporting ? t('views.claims.exporting') : t('views.claims.export')}
        </button>
      </div>
      {fieldControl}
      <ClaimFilters state={filters} onChange={(next) => { setFilters(next); setLimit(PAGE) }} outlets={outlets} entities={entities.data?.entities ?? []} stances={stances} attributes={definitions} />
      {claims.error && <p className="view-error" role="alert">{claims.error}</p>}
      {!data && !claims.error && <ViewLoading text={t('views.claims.loading')} />}
      {data && <LeftOutNotice leftOut={data.leftOut} onOpenDocument={onOpenDocument} />}
      {data && (
        <p className="view-note" role="status">
          {t(filtered ? 'views.claims.countFiltered' : 'views.claims.count', { count: data.total })}
        </p>
      )}
      {data && data.total === 0 && !filtered && (
        <div className="view-empty">
          <p>{t('views.claims.empty')}</p>
          <p>{t('views.claims.emptyHelp')}</p>
        </div>
      )}
      {data && data.total === 0 && filtered && (
        <div className="view-empty">
          <p>{t('views.claims.noMatch')}</p>
          <button type="button" onClick={() => setFilters(NO_CLAIM_FILTERS)}>
            {t('views.claims.clearFilters')}
          </button>
        </div>
      )}
      {data && data.rows.length > 0 && <ClaimsTable rows={data.rows} sort={sort} onSort={(by) => setSort((current) => nextSort(current, by))} onOpenSpan={onOpenSpan} />}
      {data && data.total > data.rows.length && (
        <button type="button" className="view-more" onClick={() => setLimit((n) => Math.min(n + PAGE, 1_000))} disabled={limit >= 1_000}>
          {limit >= 1_000 ? t('views.claims.capped', { shown: 1_000, total: data.total }) : t('views.claims.more', { count: data.total - data.rows.length })}
        </button>
      )}
    </div>
  )
}

/** `value`, once it has stopped changing for `delay` ms. */
function useDebouncedValue<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay)
    return () => clearTimeout(timer)
  }, [value, delay])
  return settled
}
