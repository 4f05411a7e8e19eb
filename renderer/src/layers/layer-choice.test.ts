import { describe, expect, it } from 'vitest'
import type { Annotation } from '@core/shared/model/annotation'
import { annotationsInLayers, MY_LAYER, otherAnnotators, toggleAnnotator, type LayeredAnnotation, type LayerChoice } from './layer-choice'

function annotation(id: string, author: string): Annotation {
  return { id, tag: 'actor', start: 0, end: 4, quote: 'Hama', prefix: '', suffix: '', attributes: {}, note: '', author, entityId: null, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }
}

const ME = 'Rana'
const LIST = [annotation('a', ME), annotation('b', 'Omar'), annotation('c', ''), annotation('d', 'زينب'), annotation('e', 'Omar')]

describe('layer choice', () => {
  it('shows my layer alone by default, counting annotations without an author as mine', () => {
    const shown = annotationsInLayers(LIST, ME, MY_LAYER, new WeakMap())
    expect(shown.map((a) => a.id)).toEqual(['a', 'c'])
    expect(otherAnnotators(LIST, ME)).toEqual(['Omar', 'زينب'])
  })

  it('gives each other annotator their own outline, kept while layers are toggled, and never marks mine', () => {
    const copies = new WeakMap<Annotation, LayeredAnnotation<Annotation>>()
    let choice: LayerChoice = toggleAnnotator(MY_LAYER, ME, 'زينب')
    const one = annotationsInLayers(LIST, ME, choice, copies)
    expect(one.map((a) => [a.id, a.layer])).toEqual([['a', undefined], ['c', undefined], ['d', '2']])
    choice = toggleAnnotator(choice, ME, 'Omar')
    const both = annotationsInLayers(LIST, ME, choice, copies)
    expect(both.map((a) => [a.id, a.layer])).toEqual([['a', undefined], ['b', '1'], ['c', undefined], ['d', '2'], ['e', '1']])
    // The same objects as before for everything not toggled: the reader redraws only Omar's layer.
    expect(both[0]).toBe(LIST[0])
    expect(both.find((a) => a.id === 'd')).toBe(one.find((a) => a.id === 'd'))
  })

  it('shows another layer without mine, and faint under mine as its own drawing', () => {
    const copies = new WeakMap<Annotation, LayeredAnnotation<Annotation>>()
    const onlyOmar = toggleAnnotator(toggleAnnotator(MY_LAYER, ME, 'Omar'), ME, ME)
    expect(onlyOmar.annotators).toEqual(['Omar'])
    expect(annotationsInLayers(LIST, ME, onlyOmar, copies).map((a) => a.id)).toEqual(['b', 'e'])
    const faint = annotationsInLayers(LIST, ME, { annotators: [ME, 'Omar'], style: 'faint' }, copies)
    expect(faint.map((a) => a.layer)).toEqual([undefined, 'faint', undefined, 'faint'])
  })

  it('goes back to my layer when the last layer shown is hidden, and passes a one-author list through untouched', () => {
    expect(toggleAnnotator({ annotators: ['Omar'], style: 'colour' }, ME, 'Omar')).toEqual(MY_LAYER)
    const mine = [annotation('a', ME), annotation('c', '')]
    expect(annotationsInLayers(mine, ME, MY_LAYER, new WeakMap())).toBe(mine)
  })
})
