import type { CoreContext } from '../../context'
import { runAction } from '../../history/actions'
import { said } from '../../shared/i18n/said'
import type { ImportLimits } from '../../shared/import/limits'
import type { ImportOptions, ImportReport, LayerEntry } from '../../shared/import/report'
import type { DocumentRecord } from '../../shared/model/document'
import type { TagCommand } from '../../tags/commands'
import type { ImportControl, ImportJob } from '../batched-import'
import { failureReason } from '../batched-import'
import { saidBytes } from '../byte-size'
import type { DuplicateIndex } from '../duplicate-index'
import { importError } from '../import-error'
import { WarningCollector } from '../warnings'
import type { ImportWorkers } from '../worker/pool'
import type { ExtractResult } from '../worker/protocol'
import { incomingLayer } from './layer-document'
import { matchDocument, type DocumentMatch } from './match-document'
import { planLayer, type LayerPlan } from './plan-layer'

/**
 * Imports each file as its annotators' layers (`asLayer`): the file is read in an import worker as any
 * import is, then each of its documents is matched to one the project holds (match-document.ts) and its
 * annotations added there (plan-layer.ts). No document is ever added; those not found are reported. A
 * file is one undoable action: if one of its documents cannot be written, those written are taken back.
 */
export async function importLayers(
  context: CoreContext,
  jobs: readonly ImportJob[],
  options: ImportOptions,
  workers: ImportWorkers,
  limits: ImportLimits,
  known: DuplicateIndex,
  report: ImportReport,
  control: ImportControl
): Promise<void> {
  for (const job of jobs) {
    if (control.shouldStop?.()) break
    const files = [job.file.name, ...job.companions.map((f) => f.name)]
    control.onFile?.({ step: 'reading', files })
    try {
      const extracted = await extract(context, workers, job, options, limits)
      await importLayerFile(context, job.file.name, extracted, options, known, report)
    } catch (error) {
      report.failed.push({ file: job.file.name, reason: failureReason(job.file.name, error) })
    }
    control.onFile?.({ step: 'read', files })
  }
}

function extract(context: CoreContext, workers: ImportWorkers, { file, companions }: ImportJob, options: ImportOptions, limits: ImportLimits): Promise<ExtractResult> {
  const largest = Math.max(limits.fileBytes, limits.lineFileBytes)
  if (file.bytes.length > largest) throw importError(file.name, said('importReport.overLimit', { size: saidBytes(file.bytes.length), limit: saidBytes(largest) }))
  const { store } = context
  const { encoding, skipInvalid, addNewTags, textField } = options
  return store.entities.read().then(({ entities }) =>
    workers.extract({
      file,
      companions,
      options: { encoding, skipInvalid, addNewTags, textField },
      limits,
      // No id is taken (the file's own ids are kept, so a re-import finds its annotations) and no author
      // is put in for annotations that name none: that is the layer's annotator, said by the user.
      project: { tags: store.info.tags, relationTypeIds: store.info.relationTypes.map((t) => t.id), entities, takenDocumentIds: [], author: '', now: new Date().toISOString() }
    })
  )
}

interface Planned {
  match: DocumentMatch
  record: DocumentRecord
  plan: LayerPlan
}

async function importLayerFile(context: CoreContext, name: string, extracted: ExtractResult, options: ImportOptions, known: DuplicateIndex, report: ImportReport): Promise<void> {
  const warnings = new WarningCollector(name)
  warnings.pushBounded(extracted.warnings)
  const converted = extracted.documents.flatMap((d) => (d.kind === 'converted' ? [d] : []))
  for (const d of extracted.documents) if (d.kind === 'skipped') warnings.push(d.warning)
  const authorless = converted.reduce((sum, d) => sum + d.record.annotations.filter((a) => a.author === '').length, 0)
  if (authorless > 0 && options.annotator === undefined) throw importError(name, said('layerImport.noAuthor', { count: authorless }))
  if (authorless > 0) warnings.push(said('layerImport.noAuthorNamed', { file: name, count: authorless, annotator: options.annotator ?? '' }))
  const across = extracted.crossRelations?.length ?? 0
  if (across > 0) warnings.push(said('layerImport.crossRelations', { file: name, count: across }))
  const notFound: ImportReport['layerDocumentsNotFound'] = []
  const isStored = (id: string): boolean => context.store.hasDocument(id)
  const planned = await runAction(context, { message: { key: 'history.importLayer', values: { file: name } } }, async (action) => {
    // Planned inside the action, so no other change to these documents comes between reading and writing.
    const plans: Planned[] = []
    for (const { record, fingerprint, fileId } of converted) {
      const match = matchDocument(fingerprint, fileId, known, isStored)
      if (!match) {
        notFound.push({ file: record.importedFrom, title: record.title })
        continue
      }
      const target = await context.store.getDocument(match.documentId)
      const incoming = incomingLayer(record, target, match, { annotator: options.annotator, importingUser: context.author }, warnings)
      const plan = planLayer(target, incoming)
      for (const { annotation, newId } of plan.renamed) {
        const span = said('importReport.span', { tag: annotation.tag, start: annotation.start, end: annotation.end })
        warnings.push(said('layerImport.idRenamed', { origin: record.importedFrom, id: annotation.id, span, title: target.title, newId }))
      }
      plans.push({ match, record, plan })
    }
    const writes = plans.filter((p) => !p.plan.unchanged)
    const stored = writes.flatMap((p) => p.plan.commands.flatMap((c) => (c.type === 'restore' ? [c.annotation] : [])))
    const usedTags = new Set(stored.map((a) => a.tag))
    const tagCommands: TagCommand[] = extracted.createdTags.filter((t) => usedTags.has(t.id)).map((tag) => ({ type: 'add', tag }))
    for (const tag of context.store.info.tags) {
      const added = extracted.addedAttributes.filter((a) => a.tag === tag.id && usedTags.has(a.tag)).map((a) => a.attribute)
      if (added.length > 0) tagCommands.push({ type: 'update', tagId: tag.id, changes: { attributes: [...tag.attributes, ...added] } })
    }
    if (tagCommands.length > 0) await action.tags(tagCommands)
    const linked = new Set(stored.map((a) => a.entityId))
    const newEntities = extracted.createdEntities.filter((e) => linked.has(e.id))
    if (newEntities.length > 0) await action.entities(newEntities.map((entity) => ({ type: 'put', entity })))
    await action.documents(writes.map(({ match, plan }) => ({ documentId: match.documentId, commands: plan.commands })))
    return plans
  })
  report.files.push({ file: name, format: extracted.format, encoding: extracted.encoding })
  // A document the file holds no annotation of (or none that could be kept, said in the warnings) has no layer to report.
  report.layers.push(...planned.filter((p) => p.plan.authors.length > 0).map(layerEntry))
  report.layerDocumentsNotFound.push(...notFound)
  report.warnings.push(...warnings.list())
}

function layerEntry({ match, record, plan }: Planned): LayerEntry {
  const { documentId, title, matchedBy, similarity } = match
  return { file: record.importedFrom, documentId, title, matchedBy, similarity, authors: plan.authors, added: plan.added, replaced: plan.replaced, unchanged: plan.unchanged }
}
