import { expect, test } from './support/fixtures'
import { dragSelect, readerText } from './support/reader'
import { parseHex, underlineColour } from '../electron/core/shared/tags/contrast'

const ACTOR = 'Hayat Tahrir al-Sham'

declare global {
  interface Window {
    cspViolations?: string[]
  }
}

/**
 * The page runs under the strict policy (no inline style elements or attributes) without a single
 * violation: anything the policy refuses would otherwise silently lose its styling.
 */
test('the app works under its Content Security Policy without one violation, tag colours included', async ({ app }) => {
  const consoleViolations: string[] = []
  app.page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleViolations.push(message.text())
  })
  await app.page.context().addInitScript(() => {
    window.cspViolations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`)
    })
  })
  const { page } = app
  await page.reload()

  const documents = page.getByRole('navigation', { name: 'Documents' }).getByRole('button')
  await documents.filter({ hasText: 'Syria’s Hama stands firm' }).click()
  await expect(readerText(page)).toContainText('TEHRAN - Amid')
  await dragSelect(page, ACTOR)
  await page.keyboard.press('2')
  const mark = page.locator('mark[data-tag="actor"]').first()
  await expect(mark).toHaveText(ACTOR)
  // Selecting the annotation draws its emphasis; the list and toolbar use the tag colours too.
  await page.getByRole('complementary', { name: 'Annotations' }).getByRole('button', { name: `Actor: ${ACTOR}` }).click()

  // The actor colour (#2563eb), in the light theme's underline shade, reaches the highlight through the constructed stylesheet.
  const [r, g, b] = parseHex(underlineColour('#2563eb', 'light'))
  await expect(mark).toHaveCSS('border-bottom-color', `rgb(${r}, ${g}, ${b})`)
  expect(await readerText(page).evaluate((element) => getComputedStyle(element.querySelector('.ProseMirror') ?? element).whiteSpace)).toBe('break-spaces')

  expect(await page.evaluate(() => window.cspViolations)).toEqual([])
  expect(consoleViolations).toEqual([])
})
