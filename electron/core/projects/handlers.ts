import type { HandlersFor } from '../context'
import { projectStats } from './stats'

export const projectHandlers: HandlersFor<'project.get' | 'project.stats'> = {
  'project.get': async (_input, { store, author }) => ({
    name: store.info.name,
    dir: store.dir,
    tags: store.info.tags,
    author
  }),
  'project.stats': (_input, { store }) => projectStats(store)
}
