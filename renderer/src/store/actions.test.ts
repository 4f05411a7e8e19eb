import { afterEach, describe, expect, it } from 'vitest'
import { useTempDirs } from '@core/testing/helpers'
import { withPendingChanges } from './pending-annotations'
import type { ProjectState } from './project-store'
import { saveStatus } from './save-status'
import { openTestProject, until } from './test-project'

const shownNote = (state: ProjectState, id: string) => withPendingChanges(state.document?.annotations ?? [], state.pending).find((a) => a.id === id)?.note

describe('every change goes through the actions: counted in Saving…, drawn pending, rolled back with a message', () => {
  const tempDir = useTempDirs()
  const stops: (() => void)[] = []
  afterEach(() => stops.splice(0).forEach((stop) => stop()))

  async function withAnnotation() {
    const project = await openTestProject(await tempDir())
    stops.push(project.stop)
    expect(await project.actions.createAnnotation('place', { start: 17, end: 21 })).toBe(true)
    const annotation = project.store.getState().document?.annotations[0]
    if (!annotation) throw new Error('no annotation')
    await project.actions.setNote(project.documentId, annotation.id, 'first note')
    await until(() => project.store.getState().document?.annotations[0]?.note === 'first note')
    return { ...project, annotationId: annotation.id }
  }

  it('a note being saved shows as pending and in the top bar; its failure rolls back to the stored note with a notice', async () => {
    const { client, store, actions, documentId, annotationId } = await withAnnotation()
    const write = client.failNext('annotations.setNote', 'disk full')
    const saving = actions.setNote(documentId, annotationId, 'second note')
    expect(saveStatus(store.getState()).text).toBe('Saving…')
    expect(shownNote(store.getState(), annotationId)).toBe('second note')

    write.release()
    expect(await saving).toBe(false)
    const state = store.getState()
    expect(state.writesInFlight).toBe(0)
    expect(saveStatus(state).state).toBe('saved')
    expect(shownNote(state, annotationId)).toBe('first note')
    expect(state.notice).toEqual({ kind: 'error', text: 'The note was not saved; it shows what is stored: disk full' })
  })

  it('a status, an attribute and a resize are counted while in flight and reported when they fail', async () => {
    const { client, store, actions, documentId, annotationId } = await withAnnotation()
    const status = client.failNext('documents.setStatus', 'read-only folder')
    const setting = actions.setStatus(documentId, 'done')
    expect(store.getState().writesInFlight).toBe(1)
    status.release()
    expect(await setting).toBe(false)
    expect(store.getState().notice?.text).toBe('The status was not saved: read-only folder')

    const resize = client.failNext('annotations.resize', 'read-only folder')
    actions.resizeAnnotation(annotationId, { start: 17, end: 24 })
    expect(saveStatus(store.getState()).text).toBe('Saving…')
    resize.release()
    await until(() => store.getState().writesInFlight === 0)
    expect(store.getState().notice?.text).toBe('The annotation was not resized: read-only folder')
    expect(store.getState().document?.annotations[0]).toMatchObject({ start: 17, end: 21 })

    const attribute = client.failNext('annotations.setAttribute', 'read-only folder')
    const attributing = actions.setAttribute(documentId, annotationId, 'certainty', 'high')
    expect(store.getState().writesInFlight).toBe(1)
    attribute.release()
    expect(await attributing).toBe(false)
    expect(store.getState().notice?.text).toBe('The value was not saved; it shows what is stored: read-only folder')
    expect(withPendingChanges(store.getState().document?.annotations ?? [], store.getState().pending)[0]?.attributes).toEqual({})
  })

  it('a note that is saved is counted until the core has it, and the list and document follow the one event', async () => {
    const { store, actions, documentId, annotationId } = await withAnnotation()
    const saving = actions.setNote(documentId, annotationId, 'kept')
    expect(store.getState().writesInFlight).toBe(1)
    expect(await saving).toBe(true)
    expect(store.getState().writesInFlight).toBe(0)
    await until(() => store.getState().document?.annotations[0]?.note === 'kept')
    expect(store.getState().documents.find((d) => d.id === documentId)?.annotationCount).toBe(1)
  })
})
