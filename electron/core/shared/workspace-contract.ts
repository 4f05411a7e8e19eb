import { z } from 'zod'
import type { ListedProject, WorkspaceState } from './workspace/types'
import { folderPath, method, projectDescription, projectName } from './contract-parts'

/** Methods that work with no project open: the workspace (which project is open) and the user's settings. */
export const workspaceContract = {
  'workspace.state': method<WorkspaceState>()(z.strictObject({})),
  'workspace.openProject': method<WorkspaceState>()(z.strictObject({ dir: folderPath })),
  'workspace.createProject': method<WorkspaceState>()(
    z.strictObject({
      name: projectName,
      /** Default: a new folder named after the project under the data folder's projects/. */
      folder: folderPath.optional(),
      description: projectDescription.optional(),
      /** A project folder whose tags the new project copies; default: the four default tags. */
      tagsFrom: folderPath.optional()
    })
  ),
  'workspace.closeProject': method<WorkspaceState>()(z.strictObject({})),
  'workspace.forgetRecent': method<WorkspaceState>()(z.strictObject({ dir: folderPath })),
  'workspace.openSample': method<WorkspaceState>()(z.strictObject({})),
  'workspace.listProjects': method<ListedProject[]>()(z.strictObject({})),
  /** A project whose project.json is damaged: take project.json from `backup`, or rebuild it (null); the documents stay. Then open it. */
  'workspace.recoverProject': method<WorkspaceState>()(z.strictObject({ dir: folderPath, backup: z.string().min(1).max(200).nullable() })),
  'settings.setAuthor': method<WorkspaceState>()(z.strictObject({ name: z.string().trim().min(1, 'a name is required').max(200) }))
}
export type WorkspaceMethod = keyof typeof workspaceContract
