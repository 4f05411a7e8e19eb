import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import type { Relation } from '@core/shared/model/relation'
import type { ShownAnnotation } from '../store/pending-annotations'
import { useProjectState } from '../store/context'
import { connectorPath, intersects, type Box } from './connector-path'
import { RelationDrawing, type Drawing } from './RelationDrawing'
import { useT } from '../i18n/I18nProvider'
import { relatedEnds, relationLabel, relationWithQuote } from './related-ends'

interface RelationOverlayProps {
  relations: readonly Relation[]
  annotations: readonly ShownAnnotation[]
  selectedAnnotationId: string | null
  /** Scrolls the reader to an annotation (the off-screen end of a relation). */
  onShow(annotationId: string): void
}

const NOTHING: Drawing = { pane: null, connectors: [], offScreen: [] }

function boxOf(rect: DOMRect | DOMRectReadOnly): Box {
  return { left: rect.left, top: rect.top, width: rect.width, height: rect.height }
}

/**
 * The relations of the selected annotation, drawn over the reader: the other end's highlight outlined
 * (a rule on its `mark`s, so it holds in whichever chunks mount later), and a connector arching from one
 * end to the other when both are on screen; otherwise a button at the pane's edge pointing to the other
 * end. Geometry comes from the marks' client rects, redrawn on scroll, resize and when chunks mount.
 */
export function RelationOverlay({ relations, annotations, selectedAnnotationId, onShow }: RelationOverlayProps) {
  const anchor = useRef<HTMLSpanElement>(null)
  const [drawing, setDrawing] = useState<Drawing>(NOTHING)
  const ends = relatedEnds(relations, selectedAnnotationId)
  const relationTypes = useProjectState((state) => state.project?.relationTypes)
  const translator = useT()
  const types = useRef(relationTypes)
  useEffect(() => {
    types.current = relationTypes
  })
  const endsKey = ends.map((e) => `${e.relation.id}:${e.otherId}`).join(' ')
  const latest = useRef({ ends, annotations, selectedAnnotationId })
  useEffect(() => {
    latest.current = { ends, annotations, selectedAnnotationId }
  })

  useRelatedOutline(ends.map((e) => e.otherId))

  useLayoutEffect(() => {
    const pane = anchor.current?.closest<HTMLElement>('.reader-pane')
    const text = pane?.querySelector<HTMLElement>('.reader-text')
    if (!pane || !text || endsKey === '') {
      setDrawing(NOTHING)
      return
    }
    let frame = 0
    let lastSignature = ''
    const compute = () => {
      frame = 0
      const { ends: current, annotations: all, selectedAnnotationId: selected } = latest.current
      const paneBox = boxOf(pane.getBoundingClientRect())
      // A hidden reader (a corpus view over it) draws nothing.
      if (paneBox.width === 0 || paneBox.height === 0) {
        lastSignature = ''
        setDrawing(NOTHING)
        return
      }
      const firstBox = (id: string): Box | null => {
        const rect = text.querySelector(`mark.highlight[data-annotation-id="${CSS.escape(id)}"]`)?.getClientRects()[0]
        return rect ? boxOf(rect) : null
      }
      const startOf = (id: string) => all.find((a) => a.id === id)?.start ?? 0
      const next: Drawing = { pane: paneBox, connectors: [], offScreen: [] }
      for (const { relation, otherId, direction } of current) {
        const from = firstBox(relation.from)
        const to = firstBox(relation.to)
        if (from && to && intersects(from, paneBox) && intersects(to, paneBox)) {
          next.connectors.push({ key: relation.id, type: relation.type, path: connectorPath(from, to) })
          continue
        }
        const other = firstBox(otherId)
        // The other end on screen needs no pointer: its outline shows it.
        if (other && intersects(other, paneBox)) continue
        const above = other ? other.top < paneBox.top : startOf(otherId) < startOf(selected ?? '')
        const quote = all.find((a) => a.id === otherId)?.quote.replace(/\s+/g, ' ') ?? ''
        const shortQuote = quote.length > 40 ? `${quote.slice(0, 39)}…` : quote
        next.offScreen.push({ key: relation.id, otherId, side: above ? 'above' : 'below', text: relationWithQuote(translator, relationLabel(translator, relation.type, direction, types.current), shortQuote) })
      }
      const signature = JSON.stringify(next)
      if (signature === lastSignature) return
      lastSignature = signature
      setDrawing(next)
    }
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(compute)
    }
    compute()
    const mutations = new MutationObserver(schedule)
    mutations.observe(text, { childList: true, subtree: true })
    const resize = new ResizeObserver(schedule)
    resize.observe(pane)
    pane.addEventListener('scroll', schedule, { passive: true })
    window.addEventListener('resize', schedule)
    return () => {
      cancelAnimationFrame(frame)
      mutations.disconnect()
      resize.disconnect()
      pane.removeEventListener('scroll', schedule)
      window.removeEventListener('resize', schedule)
    }
  }, [endsKey, annotations, translator])

  // The reader pane is `contain: strict`, which makes it the containing block of fixed elements: the
  // drawing goes to the body, in client coordinates, with only an anchor left in the pane to find it.
  return (
    <span ref={anchor} className="relation-overlay-anchor" hidden>
      {createPortal(<RelationDrawing drawing={drawing} onShow={onShow} />, document.body)}
    </span>
  )
}

/** Outlines the highlights at the other end of the selection's relations, through a constructed stylesheet (the CSP refuses inline style elements). */
function useRelatedOutline(ids: readonly string[]): void {
  const key = ids.join(' ')
  useLayoutEffect(() => {
    if (key === '') return
    const sheet = new CSSStyleSheet()
    const selector = key
      .split(' ')
      .map((id) => `.reader-text mark.highlight[data-annotation-id="${CSS.escape(id)}"]`)
      .join(',\n')
    sheet.replaceSync(`${selector} { outline: 2px dashed var(--relation-colour); outline-offset: 1px; }`)
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet)
    }
  }, [key])
}
