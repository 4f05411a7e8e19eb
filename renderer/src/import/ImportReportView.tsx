import type { ImportReport } from '@core/shared/import/report'

/** The end of an import: counts first, then every file that failed with its reason, then what else the user should know. */
export function ImportReportView({ report, cancelled, onOpenDocument }: { report: ImportReport; cancelled: boolean; onOpenDocument(id: string): void }) {
  const encodings = report.files.filter((f) => f.encoding)
  return (
    <section className="import-report" aria-label="Import report">
      <p className="import-summary" role="status">
        {cancelled ? 'Cancelled. ' : ''}Imported {report.imported.length}, skipped {report.skippedDuplicates.length} (duplicates), failed {report.failed.length}.
      </p>
      {report.failed.length > 0 && (
        <ReportList title="Failed" className="report-failed">
          {report.failed.map((f, i) => (
            <li key={i}>
              <bdi>
                <strong>{f.file}</strong>
              </bdi> {f.reason}
            </li>
          ))}
        </ReportList>
      )}
      {report.skippedDuplicates.length > 0 && (
        <ReportList title="Skipped duplicates">
          {report.skippedDuplicates.map((d, i) => (
            <li key={i}>
              <strong>
                <bdi>{d.file}</bdi>
              </strong>{' '}
              has the same text as “<bdi>{d.duplicateOf.title}</bdi>”
            </li>
          ))}
        </ReportList>
      )}
      {report.skipped.length > 0 && (
        <ReportList title="Not documents (skipped)">
          {report.skipped.map((s, i) => (
            <li key={i}>
              <strong>
                <bdi>{s.file}</bdi>
              </strong> {s.reason}
            </li>
          ))}
        </ReportList>
      )}
      {report.nearDuplicates.length > 0 && (
        <ReportList title="Possible duplicates (imported)">
          {report.nearDuplicates.map((d, i) => (
            <li key={i}>
              <strong>
                <bdi>{d.title}</bdi>
              </strong>{' '}
              is close to “<bdi>{d.similarTo.title}</bdi>” ({d.reason})
            </li>
          ))}
        </ReportList>
      )}
      {report.imported.length > 0 && (
        <ReportList title="Imported">
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
        <p>
          New tags added: {report.newTags.map((t) => t.label).join(', ')}
        </p>
      )}
      {(report.newAttributes?.length ?? 0) > 0 && (
        <p>
          New attributes added: {report.newAttributes.map((a) => `${a.label} (${a.tag})`).join(', ')}
        </p>
      )}
      {encodings.length > 0 && (
        <ReportList title="Encodings">
          {encodings.map((f, i) => (
            <li key={i}>
              {f.file}: {f.encoding}
            </li>
          ))}
        </ReportList>
      )}
      {report.warnings.length > 0 && (
        <ReportList title="Warnings">
          {report.warnings.map((w, i) => (
            <li key={i}>{w}</li>
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
