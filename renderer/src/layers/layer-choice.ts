import type { Annotation } from '@core/shared/model/annotation'

/** With several layers shown: each annotator's own outline, or the others' drawn faint under mine. */
export type LayerStyle = 'colour' | 'faint'

/** Which annotators' layers the reader and the annotation list show. */
export interface LayerChoice {
  /** The annotators shown, in the order chosen; null: every layer there is (the default: nothing is hidden unless chosen, or by blind mode). */
  annotators: readonly string[] | null
  style: LayerStyle
}

export const EVERY_LAYER: LayerChoice = { annotators: null, style: 'colour' }

/** How many outline styles there are for other annotators (the fifth shares the first's, and so on). */
export const LAYER_OUTLINES = 4

/**
 * Whose layer an annotation is in, as the workbench sees it: annotations without an author (made before authors
 * were recorded) count as mine, so they stay editable and shown by default.
 */
export function ownerOf(annotation: Pick<Annotation, 'author'>, me: string): string {
  return annotation.author === '' ? me : annotation.author
}

export function isMine(annotation: Pick<Annotation, 'author'>, me: string): boolean {
  return ownerOf(annotation, me) === me
}

/** The other annotators with work in these annotations, sorted by name. */
export function otherAnnotators(annotations: readonly Pick<Annotation, 'author'>[], me: string): string[] {
  const names = new Set<string>()
  for (const annotation of annotations) {
    const owner = ownerOf(annotation, me)
    if (owner !== me) names.add(owner)
  }
  return [...names].sort((a, b) => a.localeCompare(b))
}

/** The annotators a choice shows, `others` being the other annotators with work in the document. */
export function shownAnnotators(choice: LayerChoice, me: string, others: readonly string[]): readonly string[] {
  return choice.annotators ?? [me, ...others]
}

/**
 * The choice with one annotator's layer shown or hidden. Showing every layer again is the default choice (so
 * layers added later show too); hiding the last one shown goes back to my layer alone.
 */
export function toggleAnnotator(choice: LayerChoice, me: string, annotator: string, others: readonly string[]): LayerChoice {
  const shown = shownAnnotators(choice, me, others)
  const next = shown.includes(annotator) ? shown.filter((name) => name !== annotator) : [...shown, annotator]
  if (next.length === 0) return { ...choice, annotators: [me] }
  return { ...choice, annotators: [me, ...others].every((name) => next.includes(name)) ? null : next }
}

/**
 * The next choice of the layer shortcut (L): every layer, then mine alone, then each other annotator's alone (by
 * name), then every layer again. A choice of several hand-picked layers goes to mine alone, as the first step.
 */
export function nextLayerChoice(choice: LayerChoice, me: string, others: readonly string[]): LayerChoice {
  const cycle: (readonly string[] | null)[] = [null, [me], ...others.map((name) => [name])]
  const current = choice.annotators
  const at = cycle.findIndex((step) => (step === null ? current === null : current !== null && current.length === 1 && current[0] === step[0]))
  const next = at === -1 ? [me] : (cycle[(at + 1) % cycle.length] ?? null)
  return { ...choice, annotators: next }
}

/**
 * How an other annotator's highlight is drawn: `1`…`4` an outline of their own (by their place among the other
 * annotators, so it stays theirs as layers are toggled), `faint` under mine. Mine are drawn as ever.
 */
export function layerMark(owner: string, others: readonly string[], style: LayerStyle): string {
  if (style === 'faint') return 'faint'
  return String((Math.max(0, others.indexOf(owner)) % LAYER_OUTLINES) + 1)
}

/** An other annotator's annotation as drawn: read-only, with its layer's mark. */
export type LayeredAnnotation<A extends Annotation> = A & { layer?: string }

/**
 * The annotations a choice shows. Mine pass through as the same objects, and each of another annotator's is
 * given one marked copy per drawing (kept in `copies`), so a toggle adds or removes only the layer toggled: the
 * reader's highlight index redraws nothing else.
 */
export function annotationsInLayers<A extends Annotation>(
  annotations: readonly A[],
  me: string,
  choice: LayerChoice,
  copies: WeakMap<A, LayeredAnnotation<A>>
): readonly LayeredAnnotation<A>[] {
  const others = otherAnnotators(annotations, me)
  const shown = new Set(shownAnnotators(choice, me, others))
  if (others.length === 0 && shown.has(me)) return annotations
  const result: LayeredAnnotation<A>[] = []
  for (const annotation of annotations) {
    const owner = ownerOf(annotation, me)
    if (!shown.has(owner)) continue
    if (owner === me) {
      result.push(annotation)
      continue
    }
    const layer = layerMark(owner, others, choice.style)
    let copy = copies.get(annotation)
    if (copy?.layer !== layer) copies.set(annotation, (copy = { ...annotation, layer }))
    result.push(copy)
  }
  return result
}
