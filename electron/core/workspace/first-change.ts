import type { CoreContext } from '../context'
import type { EventName } from '../shared/contract'

/** The events that mean the user changed the project (each is emitted only after the change is on disk). */
const CHANGE_EVENTS = ['document.changed', 'documents.added', 'documents.removed', 'project.changed', 'entities.changed'] as const satisfies readonly EventName[]

/** Calls `run` once, at the first change made in the project; returns the way to stop listening. */
export function onFirstChange(context: CoreContext, run: () => void): () => void {
  const stops: (() => void)[] = []
  const stop = () => stops.splice(0).forEach((s) => s())
  for (const event of CHANGE_EVENTS) {
    stops.push(
      context.on(event, () => {
        stop()
        run()
      })
    )
  }
  return stop
}
