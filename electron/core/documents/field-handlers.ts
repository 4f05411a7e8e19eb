import type { CoreContext, HandlersFor } from '../context'
import { ApiError } from '../shared/errors'
import { said } from '../shared/i18n/said'
import { runAction } from '../history/actions'
import { shortQuote } from '../history/labels'
import { summarize } from '../shared/model/document-summary'
import { readerOf, summaryFor } from '../layers/blind-reads'
import {
  documentFieldValueMismatch,
  keptFieldValues,
  type DocumentFieldDefinition,
  type DocumentFieldValue
} from '../shared/model/document-fields'
import type { DocumentCommand } from './commands'

function definitionOf(context: CoreContext, fieldId: string): DocumentFieldDefinition {
  const definition = (context.store.info.documentFields ?? []).find((f) => f.id === fieldId)
  if (!definition) throw new ApiError('not-found', said('problems.documents.noSuchField', { field: fieldId }))
  return definition
}

/** A multi-choice value in the order its definition lists the choices, so equal sets store alike. */
function ordered(definition: DocumentFieldDefinition, value: DocumentFieldValue): DocumentFieldValue {
  if (definition.type !== 'multi-choice' || !Array.isArray(value)) return value
  return definition.values.filter((v) => value.includes(v))
}

/**
 * The commands that drop, from every document, values whose field is gone or no longer fits its
 * definition (a choice value removed, a type changed): part of the same undoable action as the change.
 */
async function dropUnfitValues(context: CoreContext, definitions: readonly DocumentFieldDefinition[]): Promise<Map<string, DocumentCommand[]>> {
  const byDocument = new Map<string, DocumentCommand[]>()
  for (const document of await context.store.listDocuments()) {
    if (!document.fields) continue
    const kept = keptFieldValues(document.fields, definitions)
    const commands: DocumentCommand[] = Object.keys(document.fields)
      .filter((id) => !(id in kept))
      .map((fieldId) => ({ type: 'setField', fieldId, value: null }))
    if (commands.length > 0) byDocument.set(document.id, commands)
  }
  return byDocument
}

/** Text and numbers are typed: consecutive edits of one field merge into one undo step, as in a note. */
function typing(definition: DocumentFieldDefinition): boolean {
  return definition.type === 'text' || definition.type === 'number'
}

export const documentFieldHandlers: HandlersFor<'documents.setField' | 'project.setDocumentFields'> = {
  'documents.setField': async ({ documentId, fieldId, value }, context) => {
    const definition = definitionOf(context, fieldId)
    if (value !== null) {
      const problem = documentFieldValueMismatch(definition, value)
      if (problem) throw new ApiError('invalid-input', said('problems.documents.fieldValue', { problem }))
    }
    const title = shortQuote((await context.store.getDocument(documentId)).title)
    await runAction(context, { message: { key: 'history.document.setField', values: { field: definition.label, title } }, mergeKey: typing(definition) ? `field:${documentId}:${fieldId}` : undefined }, (action) =>
      action.document(documentId, [{ type: 'setField', fieldId, value: value === null ? null : ordered(definition, value) }])
    )
    return summaryFor(readerOf(context), summarize(await context.store.getDocument(documentId)))
  },

  'project.setDocumentFields': ({ fields }, context) =>
    runAction(context, { message: { key: 'history.document.editFields' } }, async (action) => {
      const before = context.store.info.documentFields ?? []
      await action.documentFields(fields)
      const changedDefinitions = JSON.stringify(before) !== JSON.stringify(fields)
      if (changedDefinitions) {
        for (const [documentId, commands] of await dropUnfitValues(context, fields)) await action.document(documentId, commands)
      }
      return context.store.info.documentFields ?? []
    })
}
