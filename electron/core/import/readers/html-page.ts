import { parse, type DefaultTreeAdapterTypes } from 'parse5'
import { said } from '../../shared/i18n/said'
import { importError } from '../import-error'
import { boundedTreeAdapter, TooManyElements } from './html-tree-adapter'

export type PageNode = DefaultTreeAdapterTypes.Node
export type PageElement = DefaultTreeAdapterTypes.Element
export type PageDocument = DefaultTreeAdapterTypes.Document

/**
 * What a page may hold. parse5 builds the tree in time linear in the page, however deep; the bounds keep
 * its memory in check (a 50 MB file of `<br>` would be 12 million elements) and refuse pages no browser
 * shows as written (Chromium stops nesting at 512 levels).
 */
export const PAGE_LIMITS = { elements: 250_000, depth: 1_000 }

/** How big a parsed page is, in the measures the cost of reading it grows with. */
export interface PageShape {
  elements: number
  /** The deepest element's level (`<html>` is 1). */
  depth: number
  /** The sum of every element's level: what a walk over each element's subtree costs. */
  elementLevels: number
  /** The sum, over the text outside scripts and styles, of its length times its level. */
  textLevels: number
}

/** A parsed page: parse5's light tree (comments dropped) and its shape. */
export interface ParsedPage extends PageShape {
  document: PageDocument
}

/** Parses a page with parse5, counting elements as they are made so that an oversized page stops at once. */
export function parsePage(origin: string, html: string): ParsedPage {
  const { adapter, finish } = boundedTreeAdapter(PAGE_LIMITS.elements)
  let document: PageDocument
  try {
    // Scripting enabled, as jsdom parses (a <noscript> holds text, not elements).
    document = parse(html, { treeAdapter: adapter, scriptingEnabled: true })
    finish()
  } catch (error) {
    if (error instanceof TooManyElements) {
      throw importError(origin, said('readers.html.elements', { limit: PAGE_LIMITS.elements }))
    }
    throw error
  }
  const shape = shapeOf(document)
  if (shape.depth > PAGE_LIMITS.depth) {
    throw importError(origin, said('readers.html.depth', { depth: shape.depth, limit: PAGE_LIMITS.depth }))
  }
  return { document, ...shape }
}

const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template'])

/** The page's shape, by one walk with an explicit stack: no recursion, whatever the depth. */
function shapeOf(document: PageDocument): PageShape {
  const shape: PageShape = { elements: 0, depth: 0, elementLevels: 0, textLevels: 0 }
  const stack: Array<[PageNode, number]> = [[document, 0]]
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, level] = entry
    if (node.nodeName === '#text') {
      shape.textLevels += (node as DefaultTreeAdapterTypes.TextNode).value.length * level
      continue
    }
    if (isElement(node)) {
      shape.elements++
      shape.elementLevels += level
      if (level > shape.depth) shape.depth = level
      if (NOT_TEXT.has(node.tagName)) continue
    }
    if ('childNodes' in node) for (const child of node.childNodes) stack.push([child, level + 1])
  }
  return shape
}

export function isElement(node: PageNode): node is PageElement {
  return 'tagName' in node
}

/** An attribute's value, as `getAttribute` gives it (the first of duplicates, as the parser keeps it). */
export function attributeOf(element: PageElement, name: string): string | null {
  for (const attribute of element.attrs) if (attribute.name === name && !attribute.prefix) return attribute.value
  return null
}

/** Every element of the tree in document order (depth first, pre-order), by an explicit stack. */
export function* elementsOf(root: PageNode): Generator<PageElement> {
  const stack: PageNode[] = [root]
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (isElement(node)) yield node
    if ('childNodes' in node) for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i] as PageNode)
  }
}

/** The text of a subtree's text nodes, in order (what `textContent` gives for an element). */
export function textContentOf(root: PageNode): string {
  let text = ''
  const stack: PageNode[] = [root]
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeName === '#text') text += (node as DefaultTreeAdapterTypes.TextNode).value
    else if ('childNodes' in node) for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i] as PageNode)
  }
  return text
}
