import { useState } from 'react'
import type { EntityRow, MentionsView } from '@core/shared/model/views'
import { useT } from '../i18n/I18nProvider'
import { KwicText } from './KwicText'
import { lineDirection } from './line-direction'
import { outletLabel, type OpenSpan } from './span-target'
import { useCorpusView } from './use-corpus-view'
import { useClient } from '../store/context'

const PAGE = 200

/** Every mention of one entity across the corpus, keyword in context; a line opens the article at the mention. */
export function MentionLines({ entity, onOpenSpan }: { entity: EntityRow; onOpenSpan: OpenSpan }) {
  const client = useClient()
  const translator = useT()
  const { t, rich, date, number } = translator
  const [offset, setOffset] = useState(0)
  const { data, error } = useCorpusView<MentionsView>(`${entity.id}:${offset}`, () => client.call('views.mentions', { entityId: entity.id, offset, limit: PAGE }))
  const headingId = `mentions-of-${entity.id}`
  return (
      <section className="view-section" aria-labelledby={headingId}>
        <h3 id={headingId} className="view-heading">
          {rich('views.mentions.heading', { name: <bdi key="name">{entity.name}</bdi> })}
          {data && <span className="pane-count">{number(data.total)}</span>}
        </h3>
        {error && <p className="view-error" role="alert">{error}</p>}
        {data && data.total === 0 && <p className="empty-hint">{rich('views.mentions.none', { name: <bdi key="name">{entity.name}</bdi> })}</p>}
        {data && data.lines.length > 0 && (
          <ol className="kwic-list">
            {data.lines.map((line) => {
              // Both contexts read in the line's direction (not each its own: a flag after an Arabic name is "left-to-right").
              const dir = lineDirection(line.quote, line.left)
            return (
              <li key={`${line.documentId}/${line.annotationId}`}>
                <button
                  type="button"
                  className="kwic-line"
                  dir={dir}
                  onClick={() => onOpenSpan({ documentId: line.documentId, annotationId: line.annotationId, start: line.start })}
                >
                  <KwicText left={line.left} quote={line.quote} right={line.right} dir={dir} />
                  <span className="kwic-source">
                    <bdi>{outletLabel(line.outlet, translator)}</bdi> · <time dateTime={line.date ?? undefined}>{date(line.date)}</time>
                  </span>
                </button>
              </li>
            )
          })}
        </ol>
      )}
      {data && data.total > PAGE && (
        <div className="view-pager">
          <button type="button" onClick={() => setOffset((n) => Math.max(0, n - PAGE))} disabled={offset === 0}>
            {t('views.mentions.earlier')}
          </button>
          <span role="status">{t('views.mentions.range', { from: offset + 1, to: Math.min(offset + PAGE, data.total), total: data.total })}</span>
          <button type="button" onClick={() => setOffset((n) => n + PAGE)} disabled={offset + PAGE >= data.total}>
            {t('views.mentions.later')}
          </button>
        </div>
      )}
    </section>
  )
}
