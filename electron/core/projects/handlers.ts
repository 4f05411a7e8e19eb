import { readerOf } from '../layers/blind-reads'
import type { HandlersFor } from '../context'
import type { ProjectInfo } from '../shared/contract'
import type { CoreContext } from '../context'
import { projectStats } from './stats'

function projectInfo({ store, author }: CoreContext): ProjectInfo {
  return { name: store.info.name, description: store.info.description, dir: store.dir, tags: store.info.tags, author, relationTypes: store.info.relationTypes, documentFields: store.info.documentFields ?? [], blindMode: store.info.blindMode ?? false }
}

export const projectHandlers: HandlersFor<'project.get' | 'project.stats' | 'project.update'> = {
  'project.get': async (_input, context) => projectInfo(context),
  'project.stats': (_input, context) => projectStats(context.store, readerOf(context)),
  'project.update': async (changes, context) => {
    await context.store.updateProjectFile(changes)
    context.onProjectInfoChanged()
    return projectInfo(context)
  }
}
