import { useEffect, useRef, useState } from 'react'
import type { ProjectStats } from '@core/shared/contract'
import type { DocumentStatus } from '@core/shared/model/document'
import type { WorkspaceState } from '@core/shared/workspace/types'
import { errorText } from '../api/client'
import { useT } from '../i18n/I18nProvider'
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
  const translator = useT()
  const { t } = translator
  const client = useClient()
  const project = workspace.project
  const [name, setName] = useState(project?.name ?? '')
  const [description, setDescription] = useState(project?.description ?? '')
  const [author, setAuthor] = useState(workspace.author)
  const [blindMode, setBlindMode] = useState(project?.blindMode ?? false)
  const [stats, setStats] = useState<ProjectStats | null>(null)
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null)
  const [saving, setSaving] = useState(false)

  // The failure is put in words when it arrives, in the language shown then.
  const currentTranslator = useRef(translator)
  useEffect(() => {
    currentTranslator.current = translator
  }, [translator])
  useEffect(() => {
    void client.call('project.stats', {}).then(setStats, (error: unknown) => setMessage({ kind: 'error', text: errorText(error, currentTranslator.current) }))
  }, [client])

  async function save() {
    setSaving(true)
    setMessage(null)
    try {
      if (project && (name.trim() !== project.name || description !== project.description || blindMode !== project.blindMode)) {
        await client.call('project.update', { name: name.trim(), description, blindMode })
      }
      if (author.trim() !== workspace.author) await client.call('settings.setAuthor', { name: author.trim() })
      setMessage({ kind: 'info', text: t('projects.settings.saved') })
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error, translator) })
    } finally {
      setSaving(false)
    }
  }

  return (
    <Dialog title={t('projects.settings.title')} onClose={onClose} className="settings-dialog">
      {project && (
        <form
          className="settings-form"
          onSubmit={(event) => {
            event.preventDefault()
            void save()
          }}
        >
          <label>
            {t('projects.settings.name')}
            <input dir="auto" required value={name} onChange={(event) => setName(event.target.value)} maxLength={200} />
          </label>
          <label>
            {t('projects.settings.description')}
            <textarea dir="auto" value={description} onChange={(event) => setDescription(event.target.value)} rows={3} maxLength={10_000} />
          </label>
          <label className="settings-check">
            <input type="checkbox" checked={blindMode} onChange={(event) => setBlindMode(event.target.checked)} aria-describedby="blind-mode-hint" />
            {t('layers.setting')} <span className="field-hint" id="blind-mode-hint">{t('layers.setting.hint')}</span>
          </label>
          <label>
            {t('projects.settings.author')} <span className="field-hint">{t('projects.settings.author.hint')}</span>
            <input dir="auto" required value={author} onChange={(event) => setAuthor(event.target.value)} maxLength={200} />
          </label>
          <div className="settings-folder">
            <span className="settings-label">{t('projects.settings.folder')}</span>
            <code>{project.dir}</code>
            {client.showInFolder && (
              <button type="button" onClick={() => void client.showInFolder?.(project.dir)}>
                {t('projects.settings.showInFolder')}
              </button>
            )}
          </div>
          <div className="settings-folder">
            <span className="settings-label">{t('projects.settings.backups')}</span>
            <span>{t('projects.settings.backups.about')}</span>
            <button type="button" onClick={onOpenBackups}>
              {t('projects.settings.backups.open')}
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
              {t('projects.settings.save')}
            </button>
          </div>
        </form>
      )}
      {project && <RelationTypesSection tags={project.tags} />}
    </Dialog>
  )
}

function StatsTable({ stats, tagLabels }: { stats: ProjectStats; tagLabels: Map<string, string> }) {
  const { t, number } = useT()
  return (
    <table className="stats-table" aria-label={t('projects.stats.label')}>
      <tbody>
        <tr>
          <th scope="row">{t('projects.stats.documents')}</th>
          <td>
            {number(stats.documentCount)}
            {stats.unreadableDocumentCount > 0 && ` ${t('projects.stats.unreadable', { count: stats.unreadableDocumentCount })}`}
          </td>
        </tr>
        {Object.entries(stats.documentsByStatus).map(([status, count]) => (
          <tr key={status}>
            <th scope="row">— {t(`projects.status.${status as DocumentStatus}`)}</th>
            <td>{number(count)}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t('projects.stats.annotations')}</th>
          <td>{number(stats.annotationCount)}</td>
        </tr>
        {Object.entries(stats.annotationsByTag).map(([tag, count]) => (
          <tr key={tag}>
            <th scope="row">
              — <bdi>{tagLabels.get(tag) ?? tag}</bdi>
            </th>
            <td>{number(count)}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t('projects.stats.schemaVersion')}</th>
          <td>{number(stats.schemaVersion)}</td>
        </tr>
      </tbody>
    </table>
  )
}
