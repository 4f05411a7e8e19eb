import { describe, expect, it } from 'vitest'
import { openTestProject } from '../testing/entity-project'
import { useTempDirs } from '../testing/helpers'
import { addRelation } from '../relations/relations'
import { createEntity } from './entities'
import { exportableRelations, loadEntityDirectory } from './export-access'

describe('what exporters read of entities and relations', () => {
  const tempDir = useTempDirs()

  it('gives each linked annotation its entity (id and canonical name), lists entities for the header, and keeps only relations with both ends', async () => {
    const project = await openTestProject(await tempDir())
    try {
      const documentId = 'shafaq-news-2024-12-04'
      const hts = await project.annotate(documentId, 'actor', 'HTS')
      const claim = await project.annotate(documentId, 'claim', 'militant casualties this week have exceeded 1,600 from HTS and its affiliated groups')
      const entity = await createEntity(project.context, { documentId, annotationId: hts.id, name: 'Hayat Tahrir al-Sham', aliases: ['HTS'] })
      const relation = await addRelation(project.context, { documentId, type: 'attributed-to', from: claim.id, to: hts.id })
      const directory = await loadEntityDirectory(project.store)
      const document = await project.store.getDocument(documentId)
      const linked = document.annotations.find((a) => a.id === hts.id)
      expect(linked && directory.refOf(linked)).toEqual({ id: entity.id, name: 'Hayat Tahrir al-Sham' })
      expect(directory.refOf({ entityId: null })).toBeNull()
      expect(directory.refOf({ entityId: 'deleted-entity' })).toBeNull()
      expect(directory.exported()).toEqual([{ id: entity.id, name: 'Hayat Tahrir al-Sham', type: 'actor', aliases: ['HTS'], note: '', coordinates: null }])
      expect(exportableRelations(document)).toEqual([relation])
      expect(exportableRelations(document, document.annotations.filter((a) => a.tag !== 'claim'))).toEqual([])
    } finally {
      project.close()
    }
  })
})
