import type { Catalogue } from '../keys'
import { common } from './common'
import { shell } from './shell'
import { projects } from './projects'
import { documents } from './documents'
import { importing } from './importing'
import { exporting } from './exporting'
import { entities } from './entities'
import { relations } from './relations'
import { views } from './views'
import { annotations } from './annotations'
import { editor } from './editor'
import { tags } from './tags'
import { reliability } from './reliability'
import { cli } from './cli'
import { desktop } from './desktop'
import { history } from './history'
import { exportNotes } from './exportNotes'
import { problems } from './problems'
import { importReport } from './importReport'
import { readers } from './readers'
import { layers } from './layers'
import { layerImport } from './layerImport'
import { adjudication } from './adjudication'
import { team } from './team'
import { review } from './review'

export const ar: Catalogue = {
  ...common,
  ...shell,
  ...projects,
  ...documents,
  ...importing,
  ...exporting,
  ...entities,
  ...relations,
  ...views,
  ...annotations,
  ...editor,
  ...tags,
  ...reliability,
  ...cli,
  ...desktop,
  ...history,
  ...exportNotes,
  ...problems,
  ...importReport,
  ...readers,
  ...layers,
  ...layerImport,
  ...adjudication,
  ...team,
  ...review,
}
