/**
 * Variants of the reader's drawn highlight DOM, for finding which part of it costs the page: the same HTML
 * with one kind of attribute stripped, or the same HTML under a stylesheet with some highlight rules taken
 * out. Each variant is a change to the HTML and/or to the page's styles, undone after its pass.
 */

type HtmlChange = (html: string) => string
/** Changes the page's styles; returns what puts them back. */
type StyleChange = () => () => void

export interface DomVariant {
  html?: HtmlChange
  style?: StyleChange
  /** Run inside the timed pass, right after the HTML is written: the chunks written, and their HTML as drawn. */
  afterWrite?: (hosts: HTMLElement[], drawn: string[]) => void
}

/** Removes `name="…"` attributes (names matched as a pattern) from every `<mark>` start tag. */
function stripMarkAttributes(pattern: string): HtmlChange {
  const attribute = new RegExp(`\\s(?:${pattern})="[^"]*"`, 'g')
  return (html) => html.replace(/<mark\b[^>]*>/g, (tag) => tag.replace(attribute, ''))
}

/** Keeps role and the aria-* names on the first `<mark>` of each annotation only: continuation pieces are plain. */
function labelFirstPieceOnly(html: string): string {
  const seen = new Set<string>()
  return html.replace(/<mark\b[^>]*>/g, (tag) => {
    const id = /data-annotation-id="([^"]*)"/.exec(tag)?.[1] ?? ''
    if (!seen.has(id)) {
      seen.add(id)
      return tag
    }
    return tag.replace(/\s(?:role|aria-[a-z]+)="[^"]*"/g, '')
  })
}

/** Each highlight piece as one `<mark>`, not nested: marks holding another mark are unwrapped (the innermost stays). */
function flattened(html: string): string {
  const template = document.createElement('template')
  template.innerHTML = html
  for (const mark of [...template.content.querySelectorAll('mark')].reverse()) {
    if (mark.querySelector('mark')) mark.replaceWith(...mark.childNodes)
  }
  return template.innerHTML
}

/** Every piece's `<mark>` as a `<span>` (no user-agent `mark` style, no implicit role). */
function asSpans(html: string): string {
  return html.replace(/<mark\b/g, '<span').replace(/<\/mark>/g, '</span>')
}

const spansOfHtml = new Map<string, Map<string, { start: number; end: number }[]>>()

/**
 * The characters each highlight covers in a chunk's text, by tag: offsets into its text nodes, joined. Kept
 * per HTML: what the app would know without reading any DOM, so only the first pass reads it in its time.
 */
function spansByTag(html: string): Map<string, { start: number; end: number }[]> {
  const known = spansOfHtml.get(html)
  if (known) return known
  const template = document.createElement('template')
  template.innerHTML = html
  const byTag = new Map<string, { start: number; end: number }[]>()
  const walker = document.createTreeWalker(template.content, NodeFilter.SHOW_TEXT)
  let at = 0
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = (node as Text).data.length
    for (let mark = node.parentElement?.closest('mark'); mark; mark = mark.parentElement?.closest('mark')) {
      const tag = mark.getAttribute('data-tag') ?? ''
      const spans = byTag.get(tag) ?? []
      const last = spans[spans.length - 1]
      if (last && last.end === at) last.end = at + length
      else spans.push({ start: at, end: at + length })
      byTag.set(tag, spans)
    }
    at += length
  }
  spansOfHtml.set(html, byTag)
  return byTag
}

/**
 * The highlights as the CSS Custom Highlight API draws them: no elements, one `Highlight` of ranges per tag
 * (its fill only: the API draws no borders or padding, so nesting would need another form), registered right
 * after the plain text is written.
 */
function customHighlights(hosts: HTMLElement[], drawn: string[]): void {
  CSS.highlights.clear()
  hosts.forEach((host, i) => {
    const byTag = spansByTag(drawn[i] ?? '')
    const texts: { node: Text; start: number }[] = []
    const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT)
    let at = 0
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      texts.push({ node: node as Text, start: at })
      at += (node as Text).data.length
    }
    const point = (offset: number): [Text, number] => {
      let index = texts.length - 1
      while (index > 0 && (texts[index]?.start ?? 0) > offset) index -= 1
      const text = texts[index]
      if (!text) throw new Error('No text in the chunk')
      return [text.node, offset - text.start]
    }
    for (const [tag, spans] of byTag) {
      const highlight = CSS.highlights.get(`tag-${tag}`) ?? new Highlight()
      for (const span of spans) {
        const range = new Range()
        range.setStart(...point(span.start))
        range.setEnd(...point(span.end))
        highlight.add(range)
      }
      CSS.highlights.set(`tag-${tag}`, highlight)
    }
  })
}

const customHighlightColours: StyleChange = () => {
  const sheet = new CSSStyleSheet()
  const tags = ['actor', 'place', 'claim', 'figure', 'date', 'organisation', 'source', 'event']
  sheet.replaceSync(tags.map((tag, i) => `::highlight(tag-${tag}) { background-color: hsl(${i * 45} 80% 50% / 0.2); }`).join('\n'))
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet)
    CSS.highlights.clear()
  }
}

function eachStyleRule(visit: (rule: CSSStyleRule, sheet: CSSStyleSheet, index: number) => void): void {
  const sheets = [...document.styleSheets, ...document.adoptedStyleSheets]
  for (const sheet of sheets) {
    for (let index = sheet.cssRules.length - 1; index >= 0; index -= 1) {
      const rule = sheet.cssRules[index]
      if (rule instanceof CSSStyleRule) visit(rule, sheet, index)
    }
  }
}

/** Deletes the rules whose selector matches; puts them back, in place, when undone. */
function withoutRules(selects: (selector: string) => boolean): StyleChange {
  return () => {
    const removed: { sheet: CSSStyleSheet; index: number; text: string }[] = []
    eachStyleRule((rule, sheet, index) => {
      if (!selects(rule.selectorText)) return
      removed.push({ sheet, index, text: rule.cssText })
      sheet.deleteRule(index)
    })
    // Deleted from the last index down, so put back from the first index up.
    return () => {
      for (const { sheet, index, text } of [...removed].reverse()) sheet.insertRule(text, index)
    }
  }
}

/** Takes these properties out of the highlight's base rule (`.reader mark.highlight`); puts them back when undone. */
function withoutBaseProperties(...properties: string[]): StyleChange {
  return () => {
    const saved: { rule: CSSStyleRule; property: string; value: string }[] = []
    eachStyleRule((rule) => {
      if (rule.selectorText !== '.reader mark.highlight') return
      for (const property of properties) {
        saved.push({ rule, property, value: rule.style.getPropertyValue(property) })
        rule.style.removeProperty(property)
      }
    })
    return () => {
      for (const { rule, property, value } of saved) rule.style.setProperty(property, value)
    }
  }
}

/** Without the tag colour sheet (`[data-tag="…"]` rules setting custom properties on every highlight). */
const fixedColours: StyleChange = () => {
  const previous = document.adoptedStyleSheets
  document.adoptedStyleSheets = []
  return () => (document.adoptedStyleSheets = previous)
}

const isHighlightRule = (selector: string): boolean => selector.includes('mark.highlight')

export const DOM_VARIANTS: Record<string, DomVariant> = {
  'as drawn': {},
  'no aria-label': { html: stripMarkAttributes('aria-label') },
  'no aria-roledescription': { html: stripMarkAttributes('aria-roledescription') },
  'no role': { html: stripMarkAttributes('role') },
  'no role / aria-*': { html: stripMarkAttributes('role|aria-[a-z]+') },
  'label on first piece only': { html: labelFirstPieceOnly },
  'no data-annotation-id': { html: stripMarkAttributes('data-annotation-id') },
  'no data-tag (no colours)': { html: stripMarkAttributes('data-tag') },
  'no class (no highlight CSS)': { html: stripMarkAttributes('class') },
  'flat: innermost piece only': { html: flattened },
  'flat bare <mark>': { html: (html) => flattened(html).replace(/<mark\b[^>]*>/g, '<mark>') },
  'as <span>': { html: asSpans },
  'bare <mark>': { html: (html) => html.replace(/<mark\b[^>]*>/g, '<mark>') },
  'no tag colour sheet': { style: fixedColours },
  'no highlight rules': { style: withoutRules(isHighlightRule) },
  'no nesting rules': { style: withoutRules((selector) => /mark\.highlight mark\.highlight/.test(selector)) },
  'no border-bottom': { style: withoutBaseProperties('border-bottom') },
  'no padding-bottom': { style: withoutBaseProperties('padding-bottom') },
  'no border-radius': { style: withoutBaseProperties('border-radius') },
  'no background': { style: withoutBaseProperties('background') },
  'no cursor': { style: withoutBaseProperties('cursor') },
  'no paragraph containment': { style: withoutRules((selector) => selector === '.reader-chunk-text > p') },
  'CSS Custom Highlight API (fill only)': {
    html: (html) => html.replace(/<\/?mark\b[^>]*>/g, ''),
    style: customHighlightColours,
    afterWrite: customHighlights
  },
  'no highlights at all': { html: (html) => html.replace(/<\/?mark\b[^>]*>/g, '') }
}
