import type { ApiClient } from '../api/client'
import { announce } from '../shared/announcer'
import { isMine, nextLayerChoice, otherAnnotators, toggleAnnotator, type LayerChoice, type LayerStyle } from '../layers/layer-choice'
import type { ProjectStore } from './project-store'

/**
 * Refuses a change to another annotator's annotation, telling the user why: their layer is shown read-only.
 * True when refused. An annotation the store does not hold (a pending create) is mine.
 */
export function refusedAsOthers(store: ProjectStore, annotationId: string): boolean {
  const { document, project } = store.getState()
  const annotation = document?.annotations.find((a) => a.id === annotationId)
  if (!annotation || !project || isMine(annotation, project.author)) return false
  const text = store.translator().t('layers.readOnly', { author: annotation.author })
  store.set({ notice: { kind: 'info', text } })
  announce(text)
  return true
}

/** Which layers are shown, blind mode and the done-for-me mark: the store's part of layers (README, Layers and blind mode). */
export function createLayerActions(store: ProjectStore, client: Pick<ApiClient, 'call'>) {
  const me = () => store.getState().project?.author ?? ''
  const show = (layers: LayerChoice) => store.set({ layers })

  return {
    showLayers: show,

    /** Shows or hides one annotator's layer (mine included). */
    toggleLayer(annotator: string): void {
      const { layers, document } = store.getState()
      show(toggleAnnotator(layers, me(), annotator, otherAnnotators(document?.annotations ?? [], me())))
    },

    /** L: every layer, mine alone, each other annotator's alone, in turn; what is shown now is said. */
    cycleLayers(): void {
      const { layers, document } = store.getState()
      const next = nextLayerChoice(layers, me(), otherAnnotators(document?.annotations ?? [], me()))
      show(next)
      const t = store.translator().t
      const only = next.annotators?.[0]
      const text = next.annotators === null ? t('layers.showing.every') : only === me() ? t('layers.showing.mine') : t('layers.showing.one', { name: only ?? '' })
      store.set({ notice: { kind: 'info', text } })
      announce(text)
    },

    setLayerStyle(style: LayerStyle): void {
      show({ ...store.getState().layers, style })
    },

    /** Turns the project's blind mode on or off; the open document is read again as the core now gives it. */
    async setBlindMode(on: boolean): Promise<boolean> {
      try {
        const project = await client.call('project.update', { blindMode: on })
        store.set({ project })
        await store.session.reload()
        return true
      } catch (error) {
        store.fail(error, store.translator().t('layers.failed.blindMode'))
        return false
      }
    },

    /** Marks a document done (or not) for me; in blind mode the other layers then arrive (store.documentChanged). */
    async setDoneForMe(documentId: string, done: boolean): Promise<boolean> {
      try {
        await client.call('documents.setDoneForMe', { documentId, done })
        return true
      } catch (error) {
        store.fail(error, store.translator().t('layers.failed.doneForMe'))
        return false
      }
    }
  }
}
