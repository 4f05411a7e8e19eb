import type { Page } from '@playwright/test'

/** Chooses an item of the top bar's Menu (projects, settings, tags, shortcuts, theme). */
export async function openFromMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'Menu' }).click()
  await page.getByRole('menu', { name: 'Menu' }).getByRole(/theme$/.test(item) ? 'menuitemradio' : 'menuitem', { name: item }).click()
}

/** Find, Import… or Export…: the top bar's button on a wide window, the Menu's item on a narrow one (the compact bar). */
export async function runTopBarCommand(page: Page, name: 'Find' | 'Import…' | 'Export…'): Promise<void> {
  const button = page.getByRole('banner').getByRole('button', { name, exact: true })
  if (await button.isVisible()) await button.click()
  else await openFromMenu(page, name)
}
