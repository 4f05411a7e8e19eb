import { useT } from '../i18n/I18nProvider'

/** What the reader pane shows without a document: how to import into an empty project. */
export function EmptyReader({ projectLoaded, documentCount, onImport }: { projectLoaded: boolean; documentCount: number; onImport(): void }) {
  const { t } = useT()
  if (!projectLoaded) return <p className="empty-hint">{t('editor.empty.opening')}</p>
  if (documentCount > 0) return <p className="empty-hint">{t('editor.empty.chooseDocument')}</p>
  return (
    <div className="empty-project">
      <h2>{t('editor.empty.noArticles')}</h2>
      <p>{t('editor.empty.importHint')}</p>
      <button type="button" className="primary" onClick={onImport}>
        {t('editor.empty.import')}
      </button>
    </div>
  )
}
