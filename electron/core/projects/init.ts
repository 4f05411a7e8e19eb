import { access } from 'node:fs/promises'
import { join } from 'node:path'
import { ApiError } from '../shared/errors'
import { said } from '../shared/i18n/said'
import { PROJECT_FILE, ProjectStore } from '../store/project-store'

/** Creates an empty project in `dir` (made if missing; it must be empty); refuses a folder that already is one. */
export async function initProject(dir: string, name: string): Promise<void> {
  const exists = await access(join(dir, PROJECT_FILE)).then(
    () => true,
    () => false
  )
  // The same refusal as creating a project in the app (Workspace.create): an ApiError, said in the CLI's language.
  if (exists) throw new ApiError('invalid-input', said('problems.projects.alreadyProject', { dir }))
  const store = await ProjectStore.open(dir, { nameForNew: name })
  store.close()
}
