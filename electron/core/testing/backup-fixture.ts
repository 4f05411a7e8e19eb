import { afterEach } from 'vitest'
import { applyAnnotationCommand } from '../annotations/commands'
import { createCore, type Core } from '../core'
import { documentFromText } from '../documents/from-text'
import { DEFAULT_TAGS } from '../shared/model/project'
import { ProjectStore } from '../store/project-store'
import { RESOURCES_DIR } from './helpers'

/** Cores opened by a test file, each closed after its test (or earlier with `closeAll`, to let a CLI take the lock). */
export function useCores(): { openCore(dir: string): Promise<Core>; closeAll(): void } {
  const cores: Core[] = []
  const closeAll = () => cores.splice(0).forEach((core) => core.close())
  afterEach(closeAll)
  return {
    async openCore(dir) {
      const core = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 'tester' })
      cores.push(core)
      return core
    },
    closeAll
  }
}

/** A closed project of two documents ('a' with an emoji and one Actor annotation, 'b'), for backup and restore tests. */
export async function backupTestProject(dir: string): Promise<string> {
  const store = await ProjectStore.open(dir)
  await store.addDocuments([documentFromText('a.txt', 'Alpha 🙂 article\nBody.', {}, 'a'), documentFromText('b.txt', 'Beta article\nBody.', {}, 'b')])
  const environment = { tags: DEFAULT_TAGS, author: 'tester', now: '2024-12-03T10:00:00.000Z' }
  await store.updateDocument('a', (draft) => applyAnnotationCommand(draft, { type: 'create', tag: 'actor', start: 0, end: 5 }, environment))
  store.close()
  return dir
}
