import type { Page } from '@playwright/test'

/** Chooses an item of the top bar's Menu (projects, settings, tags, shortcuts, theme). */
export async function openFromMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'Menu' }).click()
  await page.getByRole('menu', { name: 'Menu' }).getByRole(/theme$/.test(item) ? 'menuitemradio' : 'menuitem', { name: item }).click()
}
