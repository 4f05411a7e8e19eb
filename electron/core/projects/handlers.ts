import type { HandlersFor } from '../context'

export const projectHandlers: HandlersFor<'project.get'> = {
  'project.get': async (_input, { store, author }) => ({
    name: store.info.name,
    dir: store.dir,
    tags: store.info.tags,
    author
  })
}
