import { AxeBuilder } from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'
import { createRequire } from 'node:module'

/** The WCAG 2.0 and 2.1 A and AA rules every axe run checks. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

// The axe-core that @axe-core/playwright itself loads, wherever npm placed it.
const requireFromBuilder = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'))
const axeCore = requireFromBuilder('axe-core') as { version: string; source: string }

/**
 * axe-core's source, set up in a page only when that page does not have this version yet: setting it up
 * again costs most of a second on a loaded machine, and a spec runs axe a dozen times on one page. A reload
 * clears it, so the next run sets it up afresh.
 */
const axeSourceOncePerPage = `if (!window.axe || window.axe.version !== ${JSON.stringify(axeCore.version)}) {\n${axeCore.source}\n}`

/**
 * The app's pages have no frames, so axe runs in the page itself (`axe.run`, the builder's legacy mode):
 * the same rules and results as the frame-by-frame run, without the blank page that run opens to merge
 * its frames' results. A page with frames still gets the frame-by-frame run.
 */
class AppAxeBuilder extends AxeBuilder {
  private readonly target: Page

  constructor(page: Page) {
    super({ page, axeSource: axeSourceOncePerPage })
    this.target = page
  }

  override async analyze(): ReturnType<AxeBuilder['analyze']> {
    this.setLegacyMode(this.target.frames().length === 1)
    return super.analyze()
  }
}

/**
 * axe for a page: the WCAG A/AA rules plus `label-content-name-mismatch` (WCAG 2.5.3 Label in Name), which
 * axe marks experimental and so leaves out unless asked: a button showing "Claim 1" must be named so too.
 * `'every rule'`: axe's default set (best practices too) instead of the WCAG tags.
 */
export function axe(page: Page, tags: readonly string[] | 'every rule' = WCAG_TAGS): AxeBuilder {
  // `options` replaces what was set before, so it comes first and `withTags` adds the tags to it.
  const builder = new AppAxeBuilder(page).options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
  return tags === 'every rule' ? builder : builder.withTags([...tags])
}

/**
 * Waits until the page has stopped changing: three animation frames in a row with no change to the DOM
 * (a virtualised list measures itself and renders again a frame or two after it appears). The app has
 * no transitions, only blinking carets, which change no DOM. Gives up waiting after a second: a page that
 * never stops changing is measured as it is.
 */
export async function waitForStillPage(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let quietFrames = 0
        const observer = new MutationObserver(() => {
          quietFrames = 0
        })
        const done = (): void => {
          observer.disconnect()
          clearTimeout(cap)
          resolve()
        }
        const cap = setTimeout(done, 1_000)
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true })
        const onFrame = (): void => {
          quietFrames += 1
          if (quietFrames >= 3) done()
          else requestAnimationFrame(onFrame)
        }
        requestAnimationFrame(onFrame)
      })
  )
}

/**
 * axe (WCAG A/AA) on the whole page once it is still, with a screenshot of the state for a person to look
 * at; fails listing each violation and the elements it was found on.
 */
export async function expectNoAxeViolations(page: Page, state: string, screenshotPath: string): Promise<void> {
  await waitForStillPage(page)
  const { violations } = await axe(page).analyze()
  const described = violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes.map((node) => `  ${node.target.join(' ')}: ${node.failureSummary}`).join('\n')}`
  )
  await page.screenshot({ path: screenshotPath })
  expect(described, `axe violations in the state "${state}"`).toEqual([])
}
