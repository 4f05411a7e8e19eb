import { access } from 'node:fs/promises'
import { join } from 'node:path'
import { StoreError } from '../store/errors'
import { PROJECT_FILE, ProjectStore } from '../store/project-store'

/** Creates an empty project in `dir` (made if missing; it must be empty); refuses a folder that already is one. */
export async function initProject(dir: string, name: string): Promise<void> {
  const exists = await access(join(dir, PROJECT_FILE)).then(
    () => true,
    () => false
  )
  if (exists) throw new StoreError('not-a-project', `${dir} already holds a Tessera project; open it instead.`)
  const store = await ProjectStore.open(dir, { nameForNew: name })
  store.close()
}
