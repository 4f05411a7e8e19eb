import { describe, expect, it } from 'vitest'
import type { Annotation } from '@core/shared/model/annotation'
import { annotationsInLayers, EVERY_LAYER, otherAnnotators, toggleAnnotator, type LayeredAnnotation, type LayerChoice } from './layer-choice'

function annotation(id: string, author: string): Annotation {
  return { id, tag: 'actor', start: 0, end: 4, quote: 'Hama', prefix: '', suffix: '', attributes: {}, note: '', author, entityId: null, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }
}

const ME = 'Rana'
const LIST = [annotation('a', ME), annotation('b', 'Omar'), annotation('c', ''), annotation('d', 'زينب'), annotation('e', 'Omar')]

describe('layer choice', () => {
  it('shows every layer by default, counting annotations without an author as mine and outlining each other annotator', () => {
    const shown = annotationsInLayers(LIST, ME, EVERY_LAYER, new WeakMap())
    expect(shown.map((a) => [a.id, a.layer])).toEqual([['a', undefined], ['b', '1'], ['c', undefined], ['d', '2'], ['e', '1']])
    expect(otherAnnotators(LIST, ME)).toEqual(['Omar', 'زينب'])
  })

  it('hides and shows one layer at a time, keeping each outline and redrawing only the layer toggled', () => {
    const copies = new WeakMap<Annotation, LayeredAnnotation<Annotation>>()
    const others = otherAnnotators(LIST, ME)
    const every = annotationsInLayers(LIST, ME, EVERY_LAYER, copies)
    let choice: LayerChoice = toggleAnnotator(EVERY_LAYER, ME, 'Omar', others)
    expect(choice.annotators).toEqual([ME, 'زينب'])
    const withoutOmar = annotationsInLayers(LIST, ME, choice, copies)
    expect(withoutOmar.map((a) => [a.id, a.layer])).toEqual([['a', undefined], ['c', undefined], ['d', '2']])
    // The same objects as before for everything not toggled: the reader redraws only Omar's layer.
    expect(withoutOmar[0]).toBe(LIST[0])
    expect(withoutOmar.find((a) => a.id === 'd')).toBe(every.find((a) => a.id === 'd'))
    // Showing him again is showing every layer: the default choice, so a layer added later shows too.
    choice = toggleAnnotator(choice, ME, 'Omar', others)
    expect(choice).toEqual(EVERY_LAYER)
  })

  it('shows another layer without mine, and faint under mine as its own drawing', () => {
    const copies = new WeakMap<Annotation, LayeredAnnotation<Annotation>>()
    const others = otherAnnotators(LIST, ME)
    const onlyOmar = toggleAnnotator(toggleAnnotator(EVERY_LAYER, ME, 'زينب', others), ME, ME, others)
    expect(onlyOmar.annotators).toEqual(['Omar'])
    expect(annotationsInLayers(LIST, ME, onlyOmar, copies).map((a) => a.id)).toEqual(['b', 'e'])
    const faint = annotationsInLayers(LIST, ME, { annotators: [ME, 'Omar'], style: 'faint' }, copies)
    expect(faint.map((a) => a.layer)).toEqual([undefined, 'faint', undefined, 'faint'])
  })

  it('goes back to my layer when the last layer shown is hidden, and passes a one-author list through untouched', () => {
    expect(toggleAnnotator({ annotators: ['Omar'], style: 'colour' }, ME, 'Omar', ['Omar'])).toEqual({ annotators: [ME], style: 'colour' })
    const mine = [annotation('a', ME), annotation('c', '')]
    expect(annotationsInLayers(mine, ME, EVERY_LAYER, new WeakMap())).toBe(mine)
  })
})
