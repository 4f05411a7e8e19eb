import { useEffect, useState, type FormEvent } from 'react'
import type { WorkspaceState } from '@core/shared/workspace/types'
import type { ListedProject } from '@core/shared/workspace/types'
import { canSay, say } from '@core/shared/i18n/said'
import { errorText } from '../api/client'
import { useT } from '../i18n/I18nProvider'
import { useClient } from '../store/context'
import { DamagedProjectOffer } from './DamagedProjectOffer'
import { LanguageChoice } from './LanguageChoice'

interface StartScreenProps {
  workspace: WorkspaceState
  /** Which part to put first: the New Project form (File ▸ New Project…) or the project lists. */
  focus: 'open' | 'new'
  /** Back to the open project, when there is one. */
  onCancel: (() => void) | null
}

/** Open, create or switch projects: shown when no project is open, and from File ▸ Open Project… or Projects. */
export function StartScreen({ workspace, focus, onCancel }: StartScreenProps) {
  const translator = useT()
  const { t } = translator
  const client = useClient()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [folderToOpen, setFolderToOpen] = useState('')
  const [listed, setListed] = useState<ListedProject[]>([])

  useEffect(() => {
    if (client.mode === 'browser') void client.call('workspace.listProjects', {}).then(setListed, () => setListed([]))
  }, [client, workspace])

  async function run(work: () => Promise<unknown>) {
    setBusy(true)
    setError(null)
    try {
      await work()
    } catch (caught) {
      setError(errorText(caught, translator))
    } finally {
      setBusy(false)
    }
  }

  const open = async (dir: string) => {
    // The project already open: back to it (the workspace reports no change).
    if (dir === workspace.project?.dir && onCancel) onCancel()
    else await run(() => client.call('workspace.openProject', { dir }))
  }

  async function pickAndOpen() {
    const dir = await client.chooseFolder?.(t('projects.open.chooseFolder.title'))
    if (dir) await open(dir)
  }

  return (
    <main className="start-screen" aria-label={t('projects.start.label')}>
      <header className="start-header">
        <h1>Tessera</h1>
        <p>{workspace.project ? t('projects.start.summary.open', { name: workspace.project.name }) : t('projects.start.summary.none')}</p>
        {onCancel && (
          <>
            <button type="button" disabled={busy} onClick={() => void run(() => client.call('workspace.closeProject', {}))}>
              {t('projects.start.close')}
            </button>
            <button type="button" onClick={onCancel}>
              {workspace.project ? t('projects.start.back', { name: workspace.project.name }) : t('projects.start.backToProject')}
            </button>
          </>
        )}
        <LanguageChoice />
      </header>
      {canSay(translator, workspace.notice) && (
        <p className="start-notice" role="status">
          {say(translator, workspace.notice)}
        </p>
      )}
      {workspace.damagedProject && (
        <DamagedProjectOffer
          damaged={workspace.damagedProject}
          busy={busy}
          onRecover={(backup) => void run(() => client.call('workspace.recoverProject', { dir: workspace.damagedProject?.dir ?? '', backup }))}
        />
      )}
      {error && (
        <p className="start-error" role="alert">
          {error}
        </p>
      )}
      <div className={`start-columns ${focus === 'new' ? 'new-first' : ''}`}>
        <div className="start-card">
          <section aria-labelledby="recent-title">
          <h2 id="recent-title">{t('projects.recent.title')}</h2>
          {workspace.recentProjects.length === 0 && <p className="empty-hint">{t('projects.recent.none')}</p>}
          <ul className="recent-list">
            {workspace.recentProjects.map((entry) => (
              <li key={entry.dir} className={entry.missing ? 'recent-missing' : undefined}>
                <button type="button" className="recent-open" disabled={busy || entry.missing} onClick={() => void open(entry.dir)}>
                  <bdi className="recent-name">{entry.name}</bdi>
                  <span className="recent-dir">{entry.missing ? t('projects.recent.missing', { dir: entry.dir }) : <bdi dir="ltr">{entry.dir}</bdi>}</span>
                </button>
                <button
                  type="button"
                  className="recent-remove"
                  aria-label={t('projects.recent.remove.label', { name: entry.name })}
                  disabled={busy}
                  onClick={() => void run(() => client.call('workspace.forgetRecent', { dir: entry.dir }))}
                >
                  {t('projects.recent.remove')}
                </button>
              </li>
            ))}
          </ul>
          </section>
          <section aria-labelledby="open-title">
          <h2 id="open-title">{t('projects.open.title')}</h2>
          {client.chooseFolder && (
            <button type="button" disabled={busy} onClick={() => void run(pickAndOpen)}>
              {t('projects.open.chooseFolder')}
            </button>
          )}
          {listed.length > 0 && (
            <>
              <h3>{t('projects.open.dataFolder')}</h3>
              <ul className="listed-projects">
                {listed.map((project) => (
                  <li key={project.dir}>
                    <button type="button" disabled={busy} onClick={() => void open(project.dir)} title={project.dir}>
                      <bdi>{project.name}</bdi>
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
          <form
            className="open-path"
            onSubmit={(event) => {
              event.preventDefault()
              if (folderToOpen.trim()) void open(folderToOpen.trim())
            }}
          >
            <label>
              {t('projects.open.folder')}
              <input dir="auto" value={folderToOpen} onChange={(event) => setFolderToOpen(event.target.value)} placeholder={t('projects.open.folder.placeholder')} spellCheck={false} />
            </label>
            <button type="submit" disabled={busy || !folderToOpen.trim()}>
              {t('projects.open.open')}
            </button>
          </form>
          <h2>{t('projects.sample.title')}</h2>
          <button type="button" disabled={busy} onClick={() => void run(() => client.call('workspace.openSample', {}))}>
            {t('projects.sample.open')}
          </button>
          </section>
        </div>
        <NewProjectForm workspace={workspace} busy={busy} run={run} autoFocus={focus === 'new'} />
      </div>
    </main>
  )
}

interface NewProjectFormProps {
  workspace: WorkspaceState
  busy: boolean
  run(work: () => Promise<unknown>): Promise<void>
  autoFocus: boolean
}

function NewProjectForm({ workspace, busy, run, autoFocus }: NewProjectFormProps) {
  const { t, rich } = useT()
  const client = useClient()
  const [name, setName] = useState('')
  const [folder, setFolder] = useState('')
  const [description, setDescription] = useState('')
  const [tagsFrom, setTagsFrom] = useState('')
  const tagSources = workspace.recentProjects.filter((entry) => !entry.missing)

  function submit(event: FormEvent) {
    event.preventDefault()
    void run(() =>
      client.call('workspace.createProject', {
        name: name.trim(),
        ...(folder.trim() ? { folder: folder.trim() } : {}),
        ...(description.trim() ? { description } : {}),
        ...(tagsFrom ? { tagsFrom } : {})
      })
    )
  }

  return (
    <section className="start-card" aria-labelledby="new-title">
      <h2 id="new-title">{t('projects.new.title')}</h2>
      <form className="new-project" onSubmit={submit}>
        <label>
          {t('projects.new.name')}
          <input dir="auto" required value={name} onChange={(event) => setName(event.target.value)} autoFocus={autoFocus} maxLength={200} />
        </label>
        <label>
          {t('projects.new.folder')}{' '}
          <span className="field-hint">
            {workspace.projectsDir ? t('projects.new.folder.hint', { dir: workspace.projectsDir }) : t('projects.new.folder.hintDataFolder')}
          </span>
          <span className="folder-field">
            <input dir="auto" value={folder} onChange={(event) => setFolder(event.target.value)} placeholder={t('projects.new.folder.placeholder')} spellCheck={false} />
            {client.chooseFolder && (
              <button
                type="button"
                onClick={() => void client.chooseFolder?.(t('projects.new.folder.choose.title')).then((dir) => dir && setFolder(dir))}
              >
                {t('projects.new.folder.choose')}
              </button>
            )}
          </span>
        </label>
        <label>
          {t('projects.new.description')} <span className="field-hint">{t('projects.new.optional')}</span>
          <textarea dir="auto" value={description} onChange={(event) => setDescription(event.target.value)} rows={3} maxLength={10_000} />
        </label>
        <label>
          {t('projects.new.tags')}
          <select value={tagsFrom} onChange={(event) => setTagsFrom(event.target.value)}>
            <option value="">{t('projects.new.tags.default')}</option>
            {tagSources.map((entry) => (
              <option dir="auto" key={entry.dir} value={entry.dir}>
                {rich('projects.new.tags.copy', { name: entry.name, bdi: (chunks) => <bdi key="name">{chunks}</bdi> })}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary" disabled={busy || !name.trim()}>
          {t('projects.new.create')}
        </button>
      </form>
    </section>
  )
}
