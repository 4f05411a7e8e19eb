import { useEffect, useState } from 'react'
import type { ProjectStats } from '@core/shared/contract'
import type { WorkspaceState } from '@core/shared/workspace/types'
import { useClient } from '../store/context'
import { Dialog } from '../shared/Dialog'
import { RelationTypesSection } from '../relations/RelationTypesSection'

interface ProjectSettingsDialogProps {
  workspace: WorkspaceState
  onClose(): void
  onOpenBackups(): void
}

/** The open project's name and description (editable), where it lives, its counts and schema; the annotator's name. */
export function ProjectSettingsDialog({ workspace, onClose, onOpenBackups }: ProjectSettingsDialogProps) {
  const client = useClient()
  const project = workspace.project
  const [name, setName] = useState(project?.name ?? '')
  const [description, setDescription] = useState(project?.description ?? '')
  const [author, setAuthor] = useState(workspace.author)
  const [stats, setStats] = useState<ProjectStats | null>(null)
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null)
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    void client.call('project.stats', {}).then(setStats, (error: unknown) => setMessage({ kind: 'error', text: String(error) }))
  }, [client])

  async function save() {
    setSaving(true)
    setMessage(null)
    try {
      if (project && (name.trim() !== project.name || description !== project.description)) {
        await client.call('project.update', { name: name.trim(), description })
      }
      if (author.trim() !== workspace.author) await client.call('settings.setAuthor', { name: author.trim() })
      setMessage({ kind: 'info', text: 'Saved.' })
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) })
    } finally {
      setSaving(false)
    }
  }

  return (
    <Dialog title="Project settings" onClose={onClose} className="settings-dialog">
      {project && (
        <form
          className="settings-form"
          onSubmit={(event) => {
            event.preventDefault()
            void save()
          }}
        >
          <label>
            Name
            <input dir="auto" required value={name} onChange={(event) => setName(event.target.value)} maxLength={200} />
          </label>
          <label>
            Description
            <textarea dir="auto" value={description} onChange={(event) => setDescription(event.target.value)} rows={3} maxLength={10_000} />
          </label>
          <label>
            Your name as annotator <span className="field-hint">(recorded on every annotation you make)</span>
            <input dir="auto" required value={author} onChange={(event) => setAuthor(event.target.value)} maxLength={200} />
          </label>
          <div className="settings-folder">
            <span className="settings-label">Folder</span>
            <code>{project.dir}</code>
            {client.showInFolder && (
              <button type="button" onClick={() => void client.showInFolder?.(project.dir)}>
                Show in folder
              </button>
            )}
          </div>
          <div className="settings-folder">
            <span className="settings-label">Backups</span>
            <span>Rolling snapshots of this project, restorable.</span>
            <button type="button" onClick={onOpenBackups}>
              Backups…
            </button>
          </div>
          {stats && <StatsTable stats={stats} tagLabels={new Map(project.tags.map((tag) => [tag.id, tag.label]))} />}
          <div className="dialog-actions">
            {message && (
              <span role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'form-error' : 'form-ok'}>
                {message.text}
              </span>
            )}
            <button type="submit" className="primary" disabled={saving || !name.trim() || !author.trim()}>
              Save
            </button>
          </div>
        </form>
      )}
      {project && <RelationTypesSection tags={project.tags} />}
    </Dialog>
  )
}

function StatsTable({ stats, tagLabels }: { stats: ProjectStats; tagLabels: Map<string, string> }) {
  return (
    <table className="stats-table" aria-label="Project counts">
      <tbody>
        <tr>
          <th scope="row">Documents</th>
          <td>
            {stats.documentCount}
            {stats.unreadableDocumentCount > 0 && ` (${stats.unreadableDocumentCount} unreadable)`}
          </td>
        </tr>
        {Object.entries(stats.documentsByStatus).map(([status, count]) => (
          <tr key={status}>
            <th scope="row">— {status.replace('-', ' ')}</th>
            <td>{count}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">Annotations</th>
          <td>{stats.annotationCount}</td>
        </tr>
        {Object.entries(stats.annotationsByTag).map(([tag, count]) => (
          <tr key={tag}>
            <th scope="row">— {tagLabels.get(tag) ?? tag}</th>
            <td>{count}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">Schema version</th>
          <td>{stats.schemaVersion}</td>
        </tr>
      </tbody>
    </table>
  )
}
