import type { Relation } from '@core/shared/model/relation'
import { useT } from '../i18n/I18nProvider'
import type { Box } from './connector-path'

export interface Connector {
  key: string
  type: Relation['type']
  path: string
}

export interface OffScreenEnd {
  key: string
  otherId: string
  side: 'above' | 'below'
  text: string
}

export interface Drawing {
  pane: Box | null
  connectors: Connector[]
  offScreen: OffScreenEnd[]
}

/** The relation drawing in client coordinates: connectors clipped to the reader pane, and pointers to ends scrolled away. */
export function RelationDrawing({ drawing, onShow }: { drawing: Drawing; onShow(annotationId: string): void }) {
  const { pane } = drawing
  const { direction } = useT()
  // The pointers sit at the pane's start edge: its right one when the interface reads right to left.
  const edge = (box: Box) => (direction === 'rtl' ? { right: document.documentElement.clientWidth - (box.left + box.width) + 12 } : { left: box.left + 12 })
  return (
    <div className="relation-overlay">
      {pane && drawing.connectors.length > 0 && (
        <svg
          className="relation-connectors"
          aria-hidden="true"
          width={pane.width}
          height={pane.height}
          viewBox={`${pane.left} ${pane.top} ${pane.width} ${pane.height}`}
          style={{ left: pane.left, top: pane.top }}
        >
          <defs>
            <marker id="relation-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" className="relation-arrowhead" />
            </marker>
          </defs>
          {drawing.connectors.map((c) => (
            <path key={c.key} d={c.path} className="relation-connector" data-relation-type={c.type} markerEnd="url(#relation-arrow)" />
          ))}
        </svg>
      )}
      {pane &&
        drawing.offScreen.map((end, index) => (
          <button
            key={end.key}
            type="button"
            className="relation-offscreen"
            data-side={end.side}
            style={{ ...edge(pane), top: end.side === 'above' ? pane.top + 8 + index * 30 : pane.top + pane.height - 36 - index * 30 }}
            onClick={() => onShow(end.otherId)}
          >
            {end.side === 'above' ? '↑' : '↓'} <bdi>{end.text}</bdi>
          </button>
        ))}
    </div>
  )
}
