import { resolve } from 'node:path'
import type { ParsedInput, Result, WorkspaceMethod } from '../shared/contract'
import { ApiError } from '../shared/errors'
import { said } from '../shared/i18n/said'
import { projectFileNeedsRecovery } from '../store/project-recovery'
import { holdsProject } from './project-folders'
import type { Workspace } from './workspace'

type WorkspaceHandlers = { [M in WorkspaceMethod]: (input: ParsedInput<M>, workspace: Workspace) => Promise<Result<M>> }

/** The methods that work with no project open. Each answers with the workspace's state after the change. */
export const workspaceHandlers: WorkspaceHandlers = {
  'workspace.state': (_input, workspace) => workspace.state(),
  'workspace.openProject': async ({ dir }, workspace) => {
    const folder = resolve(dir)
    // A folder whose project.json was quarantined still is a project: opening it names the damage and the way back.
    if (!(await holdsProject(folder)) && !(await projectFileNeedsRecovery(folder))) throw new ApiError('not-found', said('problems.workspace.noProjectIn', { folder }))
    await workspace.open(folder)
    return workspace.state()
  },
  'workspace.createProject': async (input, workspace) => {
    await workspace.create(input)
    return workspace.state()
  },
  'workspace.closeProject': async (_input, workspace) => {
    await workspace.close()
    return workspace.state()
  },
  'workspace.forgetRecent': async ({ dir }, workspace) => {
    await workspace.forgetRecent(dir)
    return workspace.state()
  },
  'workspace.openSample': async (_input, workspace) => {
    const { movedAside } = await workspace.openSample()
    if (movedAside) workspace.addNotice(said('problems.workspace.sampleKept', { folder: movedAside }))
    return workspace.state()
  },
  'workspace.listProjects': (_input, workspace) => workspace.listProjects(),
  'workspace.recoverProject': async ({ dir, backup }, workspace) => {
    const folder = resolve(dir)
    if (!(await projectFileNeedsRecovery(folder))) throw new ApiError('not-found', said('problems.workspace.nothingToRepair', { folder }))
    await workspace.recover(folder, backup)
    return workspace.state()
  },
  'settings.setAuthor': async ({ name }, workspace) => {
    await workspace.setAuthor(name)
    return workspace.state()
  }
}
