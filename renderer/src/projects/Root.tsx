import { useEffect, useRef, useState } from 'react'
import type { WorkspaceState } from '@core/shared/workspace/types'
import { errorText } from '../api/client'
import { useT } from '../i18n/I18nProvider'
import { StartupError } from '../shared/StartupError'
import { useClient } from '../store/context'
import { App } from '../workbench/App'
import { Announcer } from '../shared/Announcer'
import { useKeyCommands } from '../keyboard/KeyboardProvider'
import { ProjectProvider } from '../store/context'
import { AuthorDialog } from './AuthorDialog'
import { ProjectSettingsDialog } from './ProjectSettingsDialog'
import { BackupsDialog } from '../reliability/BackupsDialog'
import { StartScreen } from './StartScreen'

/**
 * The workspace around the workbench: the start screen when no project is open (or when asked for), the
 * open project's workbench, keyed by its folder so a switch starts it afresh; the first-start name question.
 */
export function Root() {
  const client = useClient()
  const translator = useT()
  const { t } = translator
  // Read when a failure arrives: the language shown then (kept out of the effects, which run once per client).
  const currentTranslator = useRef(translator)
  useEffect(() => {
    currentTranslator.current = translator
  }, [translator])
  const [workspace, setWorkspace] = useState<WorkspaceState | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [startScreen, setStartScreen] = useState<'open' | 'new' | null>(null)
  const [settingsOpen, setSettingsOpen] = useState(false)
  const [backupsOpen, setBackupsOpen] = useState(false)
  // Bumped by a restore: the workbench starts afresh on the restored project.
  const [restoreCount, setRestoreCount] = useState(0)
  const openDir = useRef<string | null>(null)

  useEffect(() => {
    let current = true
    client.call('workspace.state', {}).then(
      (state) => {
        if (!current) return
        openDir.current = state.project?.dir ?? null
        setWorkspace(state)
      },
      (error: unknown) => current && setFailure(errorText(error, currentTranslator.current))
    )
    const stop = client.on('workspace.changed', (state) => {
      // A project opened or created leaves the start screen; removing a recent entry or renaming stays put.
      if (state.project && state.project.dir !== openDir.current) setStartScreen(null)
      openDir.current = state.project?.dir ?? null
      setWorkspace(state)
    })
    return () => {
      current = false
      stop()
    }
  }, [client])

  useEffect(() => {
    const stop = client.on('shell.command', ({ command }) => {
      if (command === 'projects') setStartScreen('open')
      else if (command === 'newProject') setStartScreen('new')
      else if (command === 'projectSettings') setSettingsOpen(true)
      else if (command === 'backups') setBackupsOpen(true)
      else if (command === 'openSample') void client.call('workspace.openSample', {}).catch((error: unknown) => setFailure(errorText(error, currentTranslator.current)))
      else if (command === 'closeProject') void client.call('workspace.closeProject', {})
    })
    return stop
  }, [client])
  useKeyCommands({ openProjects: () => setStartScreen('open'), openProjectSettings: () => setSettingsOpen(true) })

  if (failure && !workspace) return <StartupError message={failure} />
  if (!workspace) return <p className="empty-hint">{t('shell.starting')}</p>
  const project = workspace.project
  return (
    <>
      <Announcer />
      {project && !startScreen ? (
        <ProjectProvider key={`${project.dir}#${restoreCount}`}>
          <App
            projectName={project.name}
            onOpenProjects={() => setStartScreen('open')}
            onOpenSettings={() => setSettingsOpen(true)}
            workspaceNotice={workspace.notice}
          />
        </ProjectProvider>
      ) : (
        <StartScreen workspace={workspace} focus={startScreen ?? 'open'} onCancel={project ? () => setStartScreen(null) : null} />
      )}
      {settingsOpen && project && (
        <ProjectSettingsDialog
          workspace={workspace}
          onClose={() => setSettingsOpen(false)}
          onOpenBackups={() => {
            setSettingsOpen(false)
            setBackupsOpen(true)
          }}
        />
      )}
      {backupsOpen && project && <BackupsDialog onClose={() => setBackupsOpen(false)} onRestored={() => setRestoreCount((n) => n + 1)} />}
      {!workspace.authorConfirmed && <AuthorDialog prefill={workspace.author} onDone={() => undefined} />}
    </>
  )
}
