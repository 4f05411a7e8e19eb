import { readdirSync } from 'node:fs'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { parse } from 'parse5'
import { describe, expect, it } from 'vitest'
import { FIXTURES, fixture, readThroughRegistry } from '../../testing/import-fixtures'
import { readHtml } from './html'
import { metadataFromPage } from './html-metadata'
import { parsePage, type PageNode } from './html-page'
import { pageTree, paragraphsOf } from './html-text'
import { inEnglish } from '../../shared/i18n/said'

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
const SENTENCE = 'The army said on Monday that it had pushed back the militants from the northern countryside of Hama.'

function paragraphsPage(count: number): string {
  const paragraphs = Array.from({ length: count }, (_, i) => `<p>Paragraph ${i}: ${SENTENCE}</p>`)
  return `<!DOCTYPE html><html><head><title>Many paragraphs</title></head><body><article>${paragraphs.join('\n')}</article></body></html>`
}

function nestedPage(levels: number, tag: string): string {
  return `<!DOCTYPE html><html><head><title>Deep</title></head><body>${`<${tag}>`.repeat(levels)}Deep text about Hama.${`</${tag}>`.repeat(levels)}</body></html>`
}

/**
 * Runs `read` and returns what it gave (or threw) with the CPU seconds it took: on a machine shared with
 * other work, CPU time tells old code from new where wall time would depend on the load.
 */
async function timed<T>(read: () => Promise<T>): Promise<{ outcome: T | Error; seconds: number }> {
  const start = process.cpuUsage()
  const outcome = await read().catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))
  const used = process.cpuUsage(start)
  return { outcome, seconds: (used.user + used.system) / 1e6 }
}

describe('HTML pages past what Readability reads in time', () => {
  it('reads 10,000 paragraphs (1.3 MB) in seconds, each once and in order, and says article detection was left out', async () => {
    // Before: 10.1 s of CPU (45.6 s wall under heavier load; Readability and jsdom on the whole page). Now about 0.5 s.
    const { outcome, seconds } = await timed(() => readThroughRegistry('long.html', utf8(paragraphsPage(10_000))))
    if (outcome instanceof Error) throw outcome
    expect(seconds).toBeLessThan(4)
    const paragraphs = outcome.documents[0]?.text.split('\n\n') ?? []
    expect(paragraphs).toHaveLength(10_001)
    expect(paragraphs[0]).toBe('Many paragraphs')
    expect(paragraphs[1]).toBe(`Paragraph 0: ${SENTENCE}`)
    expect(paragraphs[10_000]).toBe(`Paragraph 9999: ${SENTENCE}`)
    expect(outcome.warnings).toEqual([expect.stringMatching(/^long\.html: too large for article detection \(10,005 elements, 4 levels deep\); its text was read whole/)])
  })

  it('reads 50,000 paragraphs (6.3 MB) in bounded time', async () => {
    // Before: not finished after 300 s, at 2.6 GB. Now about 1.7 s of CPU.
    const { outcome, seconds } = await timed(() => readThroughRegistry('longer.html', utf8(paragraphsPage(50_000))))
    if (outcome instanceof Error) throw outcome
    expect(seconds).toBeLessThan(30)
    expect(outcome.documents[0]?.text.split('\n\n')).toHaveLength(50_001)
  }, 60_000)

  it.each([
    ['20,000 nested <div>', 20_000, 'div', '20,002'],
    ['5,000 nested inline <span>', 5_000, 'span', '5,002'],
    ['5,000 nested <b>', 5_000, 'b', '5,002']
  ])('refuses %s at once, naming the file and the bound', async (_, levels, tag, counted) => {
    // Before: "Maximum call stack size exceeded" from jsdom after 3.9 s of CPU (<span>) and 18.4 s (<div>). Now under 0.2 s.
    const { outcome, seconds } = await timed(() => readThroughRegistry('deep.html', utf8(nestedPage(levels, tag))))
    expect(outcome).toBeInstanceOf(Error)
    expect((outcome as Error).message).toBe(`deep.html has ${counted} levels of nesting; Tessera reads web pages of up to 1,000 levels.`)
    expect(seconds).toBeLessThan(3)
  })

  it('reads a page nested 900 levels deep, without Readability', async () => {
    const { outcome, seconds } = await timed(() => readThroughRegistry('deep.html', utf8(nestedPage(900, 'div'))))
    if (outcome instanceof Error) throw outcome
    expect(outcome.documents[0]?.text).toBe('Deep\n\nDeep text about Hama.')
    expect(outcome.warnings[0]).toMatch(/deep\.html: too large for article detection \(904 elements, 902 levels deep\)/)
    expect(seconds).toBeLessThan(3)
  })

  it('refuses a page of more than 250,000 elements while parsing it, naming the file', async () => {
    const { outcome, seconds } = await timed(() => readThroughRegistry('breaks.html', utf8(`<body>${'<br>'.repeat(260_000)}`)))
    expect((outcome as Error).message).toBe('breaks.html has more than 250,000 HTML elements; Tessera reads web pages of up to 250,000 elements.')
    expect(seconds).toBeLessThan(3)
  })
})

describe('a large page read without Readability', () => {
  const article = Array.from({ length: 40 }, (_, i) => `<p>Article paragraph ${i}: ${SENTENCE}</p>`).join('')
  const furniture = [
    `<nav>${Array.from({ length: 3_000 }, (_, i) => `<a href="/${i}">Menu ${i}</a>`).join('')}</nav>`,
    '<aside>Most read today</aside>',
    '<div class="comments"><p>Great article, first comment</p></div>',
    '<div role="navigation">Breadcrumb trail</div>',
    '<div hidden>Hidden teaser</div><div style="display: none">Styled away</div><p aria-hidden="true">Screen-reader noise</p>',
    '<div class="share-bar social">Share on every network</div>',
    '<footer>All rights reserved</footer>'
  ].join('')

  it('keeps the article and leaves out menus, asides, comments, hidden parts and footers', async () => {
    const page = `<html><head><title>Hama holds</title></head><body>${furniture}<main><h1>Hama holds</h1>${article}</main><p>Outside the main element</p></body></html>`
    const warnings: string[] = []
    const paragraphs = (await readHtml('large.html', page, (message) => warnings.push(inEnglish(message)))).text.split('\n\n')
    expect(warnings).toHaveLength(1)
    expect(paragraphs).toEqual(['Hama holds', ...Array.from({ length: 40 }, (_, i) => `Article paragraph ${i}: ${SENTENCE}`)])
  })

  it('reads the whole body, without the furniture, when no main element holds a third of its text', async () => {
    const teasers = Array.from({ length: 3 }, (_, i) => `<article><p>Teaser ${i}</p></article>`).join('')
    const page = `<html><head><title>Hama holds</title></head><body>${furniture}${teasers}<div class="story">${article}</div></body></html>`
    const paragraphs = (await readHtml('large.html', page)).text.split('\n\n')
    expect(paragraphs.slice(0, 4)).toEqual(['Hama holds', 'Teaser 0', 'Teaser 1', 'Teaser 2'])
    expect(paragraphs).toHaveLength(44)
    expect(paragraphs.join(' ')).not.toMatch(/Menu|Most read|Great article|Breadcrumb|Hidden|Styled|noise|Share|rights/)
  })
})

describe('the hostile pages read without Readability', () => {
  /** Anything that would be active in a renderer, or a trace of a payload (as in hostile.test.ts). */
  const ACTIVE = [/__pwned/, /attacker\.test/, /<\s*(script|iframe|object|embed|img|svg|math|style|form|input|link|meta|base|video|audio|source|template|noscript)/i, /\bon[a-z]+\s*=/i, /javascript:/i, /url\(/i, /srcset/i, /srcdoc/i, /data:text/i, /http-equiv/i]
  const HOSTILE = readdirSync(new URL('hostile/', FIXTURES)).filter((name) => name.endsWith('.html')).sort()

  it.each(HOSTILE)('%s keeps only its article', async (name) => {
    const html = new TextDecoder().decode(fixture(`hostile/${name}`))
    const forceLargePage = { elements: 0, depth: 0, elementLevels: 0, textLevels: 0 }
    const document = await readHtml(name, html, () => {}, forceLargePage)
    expect(document.text.split('\n\n')[0]).toBe(`Hostile page ${name.slice(0, 2)}: the army held Hama`)
    expect(document.text).toContain('Residents said the roads to Idlib remained closed')
    const stored = JSON.stringify({ ...document, origin: '' })
    for (const pattern of ACTIVE) expect(stored, `${name} ${pattern}`).not.toMatch(pattern)
  })
})

describe('page metadata', () => {
  it('finds the JSON-LD article however deep its @graph and its author lists nest', () => {
    // The recursive walk this replaced overflowed the call stack on both.
    const levels = 100_000
    const ld = `${'{"@graph":'.repeat(levels)}{"@type":"NewsArticle","headline":"Hama holds","author":${'['.repeat(levels)}{"name":"Field desk"}${']'.repeat(levels)}}${'}'.repeat(levels)}`
    const page = parsePage('ld.html', `<html><head><script type="application/ld+json">${ld}</script></head><body><p>Text</p></body></html>`)
    expect(metadataFromPage(page.document)).toMatchObject({ title: 'Hama holds', author: 'Field desk' })
  })

  it('reads meta tags as CSS selectors find them: keys in any case, the first match only, rel tokens, the first <title>', () => {
    const page = parsePage('meta.html', [
      '<html lang="fr"><head><title>\n  Hama\t holds  </title><title>Second</title>',
      '<meta NAME="DATEPUBLISHED" content="2024-12-03"><meta name="og:title" content="  "><meta property="og:title" content="Ignored">',
      '<link rel="alternate"  href="https://example.org/amp"><link rel="stylesheet CANONICAL" href="https://example.org/story">',
      '<meta itemprop="author" content="By Field Desk"></head><body><time datetime="2020-01-01">then</time></body></html>'
    ].join(''))
    expect(metadataFromPage(page.document)).toEqual({ title: 'Hama holds', author: 'Field Desk', date: '2024-12-03', url: 'https://example.org/story', language: 'fr' })
  })
})

describe('the parsed page', () => {
  it('holds 10 MB of text in about its size, not as millions of pieces', () => {
    // parse5 hands text over a word at a time; appended one by one, the pieces of this page held 186 MB. Now 20 MB.
    setFlagsFromString('--expose-gc')
    const gc = runInNewContext('gc') as () => void
    const html = `<body><p>${'Hama held the line. '.repeat(500_000)}</p>`
    gc()
    const before = process.memoryUsage().heapUsed
    const page = parsePage('big.html', html)
    gc()
    const retained = process.memoryUsage().heapUsed - before
    expect(paragraphsOf<PageNode>(page.document, pageTree)[0]).toHaveLength(9_999_999)
    expect(retained).toBeLessThan(100_000_000)
  })
})

describe('the text walk', () => {
  it('trims around the line breaks of 200,000 spaces in a <pre> in linear time', async () => {
    // Before: the pattern /[ \t\r\f]*\n[ \t\r\f]*/ backtracked over the spaces (40,000 took 2.7 s; 200,000 about a minute).
    const page = `<html><head><title>Table</title></head><body><pre>Hama${' '.repeat(200_000)}held\n   Idlib${'\t'.repeat(1_000)}\nclosed</pre></body></html>`
    const { outcome, seconds } = await timed(() => readHtml('pre.html', page))
    if (outcome instanceof Error) throw outcome
    expect(outcome.text).toBe(`Table\n\nHama${' '.repeat(200_000)}held\nIdlib\nclosed`)
    expect(seconds).toBeLessThan(3)
  })

  it('walks a tree 100,000 levels deep without recursion', () => {
    const levels = 100_000
    const tree = parse(`<body>${'<span>'.repeat(levels)}deep<div>block</div>${'</span>'.repeat(levels)}after`)
    expect(paragraphsOf<PageNode>(tree, pageTree)).toEqual(['deep', 'block', 'after'])
  })
})
