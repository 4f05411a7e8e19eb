import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Download, Page } from '@playwright/test'
import { reportRows } from '../electron/core/shared/agreement/report-rows'
import type { Figure, ProjectAgreement } from '../electron/core/shared/model/agreement'
import { callApi } from './support/api'
import { axe } from './support/axe'
import { seedTwoAnnotators, TELESUR } from './support/agreement'
import { expect, test } from './support/fixtures'
import { readerText } from './support/reader'

// Browser mode always: the downloads are the browser's, and the CLI reads the same project folder.

async function downloaded(download: Download): Promise<Buffer> {
  return readFile((await download.path()) ?? '')
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await axe(page).include('.centre-pane').analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

/** How the view writes a figure (English): three decimals, or why it is not defined. */
function shown(figure: Figure): string {
  if (figure.value === null) return { 'no-data': 'not defined: nothing to compare', 'too-few-annotators': 'not defined: fewer than two annotators', 'one-category': 'not defined: one category only (agreement is total, chance agreement too)' }[figure.notDefined ?? 'no-data']
  return figure.value.toFixed(3)
}

test('the agreement view shows the CLI’s figures, opens a disagreement at its span, and downloads the CLI’s CSV', async ({ browserApp }) => {
  test.setTimeout(120_000)
  await expect(readerText(browserApp.page)).toBeVisible()
  await seedTwoAnnotators(browserApp)
  const { page, projectDir } = browserApp
  await expect(readerText(page)).toBeVisible()
  const cli = (...args: string[]): string => execFileSync(process.execPath, ['bin/tessera.js', 'agreement', '--project', projectDir, ...args], { encoding: 'utf8' })
  const expected = JSON.parse(cli('--json')) as ProjectAgreement
  const dir = await mkdtemp(join(tmpdir(), 'tessera-agreement-e2e-'))
  try {
    cli('--csv', join(dir, 'agreement.csv'), '--markdown', join(dir, 'agreement.md'))

    await page.getByRole('tab', { name: 'Agreement' }).click()
    const panel = page.getByRole('tabpanel', { name: 'Agreement' })
    await expect(panel.getByRole('heading', { name: 'Agreement between annotators', level: 2 })).toBeVisible()
    await expect(panel).toContainText('Compared: 2 documents')
    await expect(panel).toContainText('Spans marked: ann 3 and bob 3.')
    await expect(panel).toContainText('3 documents left out: fewer than two of the chosen annotators annotated them.')
    await expect(panel.getByRole('group', { name: 'Annotators' }).getByRole('checkbox')).toHaveCount(2)

    // Every figure of every table, in the order the reports list them, equals the CLI's JSON.
    const rows = reportRows(expected)
    const tables = [null, ...expected.tags].map((tag) => [tag === null ? 'All tags' : `${tag.label} (${tag.id})`, rows.filter((row) => row.tag?.id === tag?.id && row.attribute === undefined)] as const)
    for (const [heading, figures] of tables) {
      const table = panel.getByRole('group', { name: heading, exact: true }).getByRole('table')
      const body = table.locator('tbody tr')
      await expect(body).toHaveCount(figures.length)
      for (const [index, row] of figures.entries()) {
        const { n, unit } = row.figure
        await expect(body.nth(index).locator('th, td')).toHaveText([row.measure, row.annotators.join(' – '), shown(row.figure), `${n.toLocaleString('en-US')} ${n === 1 ? unit.replace(/s$/, '') : unit}`, row.figure.method])
      }
    }
    const [pair] = expected.pairs
    if (!pair) throw new Error('no pair')
    expect(pair.tagSwaps).toEqual([{ first: 'actor', second: 'place', count: 1 }])
    await expect(panel).toContainText('Tags swapped: Actor → Place (1).')
    await expect(panel.getByRole('heading', { name: `Disagreements (${expected.disagreements.length})` })).toBeVisible()
    await expectNoAxeViolations(page)

    // The CSV and the Markdown report are the CLI's, byte for byte.
    const [csv] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download CSV' }).click()])
    expect(csv.suggestedFilename()).toMatch(/-agreement\.csv$/)
    expect((await downloaded(csv)).equals(await readFile(join(dir, 'agreement.csv')))).toBe(true)
    const [markdown] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download report' }).click()])
    expect((await downloaded(markdown)).equals(await readFile(join(dir, 'agreement.md')))).toBe(true)

    // A disagreement opens its article in the reader with the first annotator's span (ann's actor) selected.
    const telesurTitle = (await callApi(page, 'documents.list', {})).find((d) => d.source === TELESUR)?.title ?? ''
    const swap = panel.locator('.agreement-disagreements tbody tr').filter({ hasText: telesurTitle })
    await expect(swap.getByRole('cell')).toHaveText([/characters \d+–\d+/, 'the tag', /^Actor \d+–\d+$/, /^Place \d+–\d+$/])
    // From the keyboard: Enter on the document's button.
    await swap.getByRole('button', { name: telesurTitle }).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('tab', { name: 'Reader' })).toHaveAttribute('aria-selected', 'true')
    await expect(page.locator('.reader-source')).toHaveText(TELESUR)
    const selected = page.locator('mark.highlight[data-selected="true"]')
    await expect(selected).toHaveText('Hayat Tahrir al-Sham')
    await expect(selected).toBeInViewport()
    await expect(page.getByRole('region', { name: 'Annotation details' })).toContainText('Actor')
    await page.getByRole('tab', { name: 'Agreement' }).click()

    // Narrowing to one tag asks the core again; the CSV follows what is shown.
    const tags = panel.getByRole('group', { name: 'Tags' }).getByRole('checkbox')
    for (const tag of expected.tags.filter((t) => t.id !== 'actor')) await tags.filter({ hasNot: page.locator('[disabled]') }).and(panel.getByRole('checkbox', { name: tag.label, exact: true })).uncheck()
    await expect(tags.and(panel.getByRole('checkbox', { name: 'Actor', exact: true }))).toBeDisabled()
    await expect(panel.getByRole('heading', { name: 'Place (place)' })).toHaveCount(0)
    const narrowed = JSON.parse(cli('--json', '--tags', 'actor')) as ProjectAgreement
    await expect(panel.getByRole('heading', { name: `Disagreements (${narrowed.disagreements.length})` })).toBeVisible()
    cli('--tags', 'actor', '--csv', join(dir, 'actor.csv'))
    const [actorCsv] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download CSV' }).click()])
    expect((await downloaded(actorCsv)).equals(await readFile(join(dir, 'actor.csv')))).toBe(true)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
