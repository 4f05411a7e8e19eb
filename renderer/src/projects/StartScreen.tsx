import { useEffect, useState, type FormEvent } from 'react'
import type { WorkspaceState } from '@core/shared/workspace/types'
import type { ListedProject } from '@core/shared/workspace/types'
import { useClient } from '../store/context'
import { DamagedProjectOffer } from './DamagedProjectOffer'

interface StartScreenProps {
  workspace: WorkspaceState
  /** Which part to put first: the New Project form (File ▸ New Project…) or the project lists. */
  focus: 'open' | 'new'
  /** Back to the open project, when there is one. */
  onCancel: (() => void) | null
}

/** Open, create or switch projects: shown when no project is open, and from File ▸ Open Project… or Projects. */
export function StartScreen({ workspace, focus, onCancel }: StartScreenProps) {
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
      setError(caught instanceof Error ? caught.message : String(caught))
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
    const dir = await client.chooseFolder?.('Open a Tessera project')
    if (dir) await open(dir)
  }

  return (
    <main className="start-screen" aria-label="Projects">
      <header className="start-header">
        <h1>Tessera</h1>
        <p>Projects: one per investigation. {workspace.project ? `Open now: ${workspace.project.name}.` : 'No project is open.'}</p>
        {onCancel && (
          <>
            <button type="button" disabled={busy} onClick={() => void run(() => client.call('workspace.closeProject', {}))}>
              Close project
            </button>
            <button type="button" onClick={onCancel}>
              Back to {workspace.project?.name ?? 'the project'}
            </button>
          </>
        )}
      </header>
      {workspace.notice && (
        <p className="start-notice" role="status">
          {workspace.notice}
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
          <h2 id="recent-title">Recent projects</h2>
          {workspace.recentProjects.length === 0 && <p className="empty-hint">None yet.</p>}
          <ul className="recent-list">
            {workspace.recentProjects.map((entry) => (
              <li key={entry.dir} className={entry.missing ? 'recent-missing' : undefined}>
                <button type="button" className="recent-open" disabled={busy || entry.missing} onClick={() => void open(entry.dir)}>
                  <bdi className="recent-name">{entry.name}</bdi>
                  <span className="recent-dir">{entry.missing ? `Missing: ${entry.dir}` : entry.dir}</span>
                </button>
                <button
                  type="button"
                  className="recent-remove"
                  aria-label={`Remove ${entry.name} from the recent list`}
                  disabled={busy}
                  onClick={() => void run(() => client.call('workspace.forgetRecent', { dir: entry.dir }))}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
          </section>
          <section aria-labelledby="open-title">
          <h2 id="open-title">Open project</h2>
          {client.chooseFolder && (
            <button type="button" disabled={busy} onClick={() => void run(pickAndOpen)}>
              Choose folder…
            </button>
          )}
          {listed.length > 0 && (
            <>
              <h3>In the data folder</h3>
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
              Project folder
              <input dir="auto" value={folderToOpen} onChange={(event) => setFolderToOpen(event.target.value)} placeholder="/path/to/project" spellCheck={false} />
            </label>
            <button type="submit" disabled={busy || !folderToOpen.trim()}>
              Open
            </button>
          </form>
          <h2>Sample</h2>
          <button type="button" disabled={busy} onClick={() => void run(() => client.call('workspace.openSample', {}))}>
            Open Sample Project
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
      <h2 id="new-title">New project</h2>
      <form className="new-project" onSubmit={submit}>
        <label>
          Name
          <input dir="auto" required value={name} onChange={(event) => setName(event.target.value)} autoFocus={autoFocus} maxLength={200} />
        </label>
        <label>
          Folder <span className="field-hint">(default: a new folder in {workspace.projectsDir ?? 'the data folder'})</span>
          <span className="folder-field">
            <input dir="auto" value={folder} onChange={(event) => setFolder(event.target.value)} placeholder="optional" spellCheck={false} />
            {client.chooseFolder && (
              <button
                type="button"
                onClick={() => void client.chooseFolder?.('Folder for the new project').then((dir) => dir && setFolder(dir))}
              >
                Choose…
              </button>
            )}
          </span>
        </label>
        <label>
          Description <span className="field-hint">(optional)</span>
          <textarea dir="auto" value={description} onChange={(event) => setDescription(event.target.value)} rows={3} maxLength={10_000} />
        </label>
        <label>
          Starting tags
          <select value={tagsFrom} onChange={(event) => setTagsFrom(event.target.value)}>
            <option value="">The default four: claim, actor, place, figure</option>
            {tagSources.map((entry) => (
              <option dir="auto" key={entry.dir} value={entry.dir}>
                Copy the tags of <bdi>{entry.name}</bdi>
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary" disabled={busy || !name.trim()}>
          Create project
        </button>
      </form>
    </section>
  )
}
