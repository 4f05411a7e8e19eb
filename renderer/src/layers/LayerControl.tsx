import '../styles/layers.css'
import { useMemo, useState } from 'react'
import { useT } from '../i18n/I18nProvider'
import { useActions, useProjectState } from '../store/context'
import { layerMark, otherAnnotators, shownAnnotators, type LayerStyle } from './layer-choice'

const STYLES: readonly LayerStyle[] = ['colour', 'faint']

/**
 * The reader's layer choice: every layer (the default), mine, any other annotator's, or several, each other one outlined
 * in its own line style and colour (or faint under mine), with a legend naming them. In blind mode it says what
 * is hidden and offers "Done for me", which the core needs before it gives the other layers.
 */
export function LayerControl() {
  const { t } = useT()
  const actions = useActions()
  const document = useProjectState((state) => state.document)
  const project = useProjectState((state) => state.project)
  const layers = useProjectState((state) => state.layers)
  const [saving, setSaving] = useState(false)
  const me = project?.author ?? ''
  const others = useMemo(() => otherAnnotators(document?.annotations ?? [], me), [document?.annotations, me])
  if (!document || !project) return null
  const shown = shownAnnotators(layers, me, others)
  const doneForMe = (document.doneBy ?? []).includes(me)
  const blind = project.blindMode && !doneForMe
  const several = shown.length > 1 || shown[0] !== me
  const markOf = (name: string) => (name === me ? 'mine' : layerMark(name, others, layers.style))

  function markDone(done: boolean) {
    if (!document) return
    setSaving(true)
    void actions.setDoneForMe(document.id, done).finally(() => setSaving(false))
  }

  return (
    <div className="layer-control">
      {project.blindMode && (
        <p className="layer-blind">
          <span>{t(blind ? 'layers.blind.hidden' : 'layers.blind.shown')}</span>{' '}
          <button type="button" className={blind ? 'primary' : undefined} disabled={saving} onClick={() => markDone(blind)}>
            {t(blind ? 'layers.blind.doneForMe' : 'layers.blind.undone')}
          </button>
        </p>
      )}
      {others.length > 0 && (
        <details className="layer-choice">
          <summary>
            {t('layers.control')}: {layers.annotators === null ? t('layers.summaryEvery') : shown.length === 1 && shown[0] === me ? t('layers.summaryMine') : t('layers.summaryShown', { count: shown.length })}
            <span className="field-hint"> · {t('layers.others', { count: others.length })}</span>
          </summary>
          <fieldset>
            <legend>{t('layers.choose')}</legend>
            {[me, ...others].map((name) => (
              <label key={name} className="layer-option">
                <input type="checkbox" checked={shown.includes(name)} onChange={() => actions.toggleLayer(name)} />
                <span className="layer-swatch" data-layer={markOf(name)} aria-hidden="true" />
                <bdi>{name === me ? t('layers.me', { name }) : name}</bdi>
              </label>
            ))}
          </fieldset>
          <fieldset disabled={!several}>
            <legend>{t('layers.style')}</legend>
            {STYLES.map((style) => (
              <label key={style} className="layer-option">
                <input type="radio" name="layer-style" value={style} checked={layers.style === style} onChange={() => actions.setLayerStyle(style)} />
                {t(style === 'colour' ? 'layers.style.colour' : 'layers.style.faint')}
              </label>
            ))}
          </fieldset>
        </details>
      )}
      {several && (
        <ul className="layer-legend" aria-label={t('layers.legend')}>
          {shown.map((name) => (
            <li key={name}>
              <span className="layer-swatch" data-layer={markOf(name)} aria-hidden="true" />
              {name === me ? t('layers.legend.mine') : t('layers.legend.other', { name })}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
