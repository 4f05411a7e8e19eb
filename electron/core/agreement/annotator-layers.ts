import type { Annotation } from '../shared/model/annotation'
import type { AgreementSpan } from './types'

/**
 * An annotator's layer: for now, the annotations they authored. This is the one place the rule lives, so
 * layers proper (issue 22, item 1: imported layers, a curated layer) replace it here and nowhere else.
 * An annotator with no annotation in a document has no layer there, i.e. has not annotated it (missing
 * data, see ./types); annotations without an author belong to no one's layer.
 */
export function annotatorLayers(annotations: readonly Annotation[]): Map<string, AgreementSpan[]> {
  const layers = new Map<string, AgreementSpan[]>()
  for (const { author, start, end, tag, attributes } of annotations) {
    if (author === '') continue
    const span: AgreementSpan = { start, end, tag, attributes }
    const layer = layers.get(author)
    if (layer) layer.push(span)
    else layers.set(author, [span])
  }
  return layers
}
