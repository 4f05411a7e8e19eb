import { Children, type ReactNode } from 'react'
import { layerLine, type ImportReport } from '@core/shared/import/report'
import { say } from '@core/shared/i18n/said'
import { useT } from '../i18n/I18nProvider'

/**
 * The end of an import: counts first, then every file that failed with its reason, then what else the user should know.
 * The reasons and warnings are the core's messages, said in the interface's language.
 */
export function ImportReportView({ report, cancelled, onOpenDocument }: { report: ImportReport; cancelled: boolean; onOpenDocument(id: string): void }) {
  const translator = useT()
  const { t, rich } = translator
  const encodings = report.files.filter((f) => f.encoding)
  const counts = { imported: report.imported.length, skipped: report.skippedDuplicates.length, failed: report.failed.length }
  const separator = t('importing.report.separator')
  const layerImport = report.layers.length + report.layerDocumentsNotFound.length > 0
  return (
    <section className="import-report" aria-label={t('importing.report')}>
      <p className="import-summary" role="status">
        {layerImport
          ? t('layerImport.line.counts', { documents: report.layers.length, notFound: report.layerDocumentsNotFound.length, failed: report.failed.length })
          : t(cancelled ? 'importing.report.cancelledSummary' : 'importing.report.summary', counts)}
      </p>
      {report.failed.length > 0 && (
        <ReportList title={t('importing.report.failed')} className="report-failed">
          {report.failed.map((f, i) => (
            <li key={i}>
              <bdi>
                <strong>{f.file}</strong>
              </bdi> {say(translator, f.reason)}
            </li>
          ))}
        </ReportList>
      )}
      {report.skippedDuplicates.length > 0 && (
        <ReportList title={t('importing.report.skippedDuplicates')}>
          {report.skippedDuplicates.map((d, i) => (
            <li key={i}>
              {Children.toArray(
                rich<ReactNode>('importing.report.sameText', {
                  file: (
                    <strong>
                      <bdi>{d.file}</bdi>
                    </strong>
                  ),
                  title: <bdi>{d.duplicateOf.title}</bdi>
                })
              )}
            </li>
          ))}
        </ReportList>
      )}
      {report.skipped.length > 0 && (
        <ReportList title={t('importing.report.notDocuments')}>
          {report.skipped.map((s, i) => (
            <li key={i}>
              <strong>
                <bdi>{s.file}</bdi>
              </strong> {say(translator, s.reason)}
            </li>
          ))}
        </ReportList>
      )}
      {report.nearDuplicates.length > 0 && (
        <ReportList title={t('importing.report.nearDuplicates')}>
          {report.nearDuplicates.map((d, i) => (
            <li key={i}>
              {Children.toArray(
                rich<ReactNode>('importing.report.closeTo', {
                  title: (
                    <strong>
                      <bdi>{d.title}</bdi>
                    </strong>
                  ),
                  similar: <bdi>{d.similarTo.title}</bdi>,
                  reason: say(translator, d.reason)
                })
              )}
            </li>
          ))}
        </ReportList>
      )}
      {layerImport && (
        <ReportList title={t('importing.report.layers')}>
          {report.layers.map((entry, i) => (
            <li key={i}>
              <button type="button" className="link-button" onClick={() => onOpenDocument(entry.documentId)}>
                <bdi>{entry.title}</bdi>
              </button>{' '}
              <bdi className="report-file">{layerLine(entry, translator)}</bdi>
            </li>
          ))}
          {report.layerDocumentsNotFound.map((entry, i) => (
            <li key={`missing-${i}`}>{t('layerImport.line.notFound', { file: entry.file, title: entry.title })}</li>
          ))}
        </ReportList>
      )}
      {report.imported.length > 0 && (
        <ReportList title={t('importing.report.imported')}>
          {report.imported.map((d) => (
            <li key={d.documentId}>
              <button type="button" className="link-button" onClick={() => onOpenDocument(d.documentId)}>
                <bdi>{d.title}</bdi>
              </button>{' '}
              <bdi className="report-file">{d.file}</bdi>
            </li>
          ))}
        </ReportList>
      )}
      {report.newTags.length > 0 && (
        <p>{t('importing.report.newTags', { tags: report.newTags.map((tag) => tag.label).join(separator) })}</p>
      )}
      {(report.newAttributes?.length ?? 0) > 0 && (
        <p>
          {t('importing.report.newAttributes', {
            attributes: report.newAttributes.map((a) => t('importing.report.attribute', { attribute: a.label, tag: a.tag })).join(separator)
          })}
        </p>
      )}
      {encodings.length > 0 && (
        <ReportList title={t('importing.report.encodings')}>
          {encodings.map((f, i) => (
            <li key={i}>
              {f.file}: {f.encoding}
            </li>
          ))}
        </ReportList>
      )}
      {report.warnings.length > 0 && (
        <ReportList title={t('importing.report.warnings')}>
          {report.warnings.map((w, i) => (
            <li key={i}>{say(translator, w)}</li>
          ))}
        </ReportList>
      )}
    </section>
  )
}

function ReportList({ title, className, children }: { title: string; className?: string; children: React.ReactNode }) {
  return (
    <details open className={className}>
      <summary>{title}</summary>
      <ul>{children}</ul>
    </details>
  )
}
