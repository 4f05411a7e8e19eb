/**
 * What applying a command did, and how to take it back or do it again: the shape every command
 * language of the history shares (documents, tags, entities).
 */
export interface Applied<C> {
  /** False when the state already was as the command asks: nothing to write, nothing to undo. */
  changed: boolean
  /** Commands that, applied in order, undo this one. */
  inverse: C[]
  /** Commands that, applied in order to the state before this one, redo it exactly. */
  redo: C[]
}

export const UNCHANGED: Applied<never> = { changed: false, inverse: [], redo: [] }

/** Folds a run of applications into one: inverses in reverse order, redos in order. */
export function combine<C>(applied: readonly Applied<C>[]): Applied<C> {
  const changed = applied.filter((a) => a.changed)
  return {
    changed: changed.length > 0,
    inverse: changed.reduceRight<C[]>((all, a) => [...all, ...a.inverse], []),
    redo: changed.flatMap((a) => a.redo)
  }
}
