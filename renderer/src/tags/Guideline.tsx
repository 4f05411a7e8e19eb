import { useEffect, useMemo, useState } from 'react'

type RenderGuideline = (markdown: string) => string

// marked and DOMPurify load with the first guideline shown, not with the window: most projects have none.
let loaded: RenderGuideline | null = null
let loading: Promise<RenderGuideline> | null = null

function loadRenderer(): Promise<RenderGuideline> {
  loading ??= import('./guideline-html').then(({ guidelineHtml }) => (loaded = guidelineHtml))
  return loading
}

/** A tag's or attribute's guideline, its Markdown rendered safely (see guideline-html.ts). */
export function Guideline({ text, id, className }: { text: string | undefined; id?: string; className?: string }) {
  const [render, setRender] = useState<RenderGuideline | null>(() => loaded)
  const wanted = Boolean(text?.trim())
  useEffect(() => {
    if (render || !wanted) return
    let current = true
    void loadRenderer().then((renderer) => {
      if (current) setRender(() => renderer)
    })
    return () => {
      current = false
    }
  }, [render, wanted])
  const html = useMemo(() => (render && text?.trim() ? render(text) : ''), [render, text])
  if (!html) return null
  return <div id={id} className={`guideline ${className ?? ''}`} dir="auto" dangerouslySetInnerHTML={{ __html: html }} />
}
