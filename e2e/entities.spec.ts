import { axe } from './support/axe'
import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { dragSelect, readerText } from './support/reader'
import { readStoredProject } from './support/store'

const SHAFAQ = 'Syrian army enters Hama countryside'
const TELESUR = 'Syria: Army Strikes Supported by Russian Forces'

async function openArticle(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Documents' }).getByRole('button').filter({ hasText: title }).click()
  await expect(readerText(page)).toContainText(title)
}

/** Tags `phrase` with the tag's key and waits until the new annotation is stored (its panel's fields enabled). */
async function tag(page: Page, phrase: string, key: string): Promise<void> {
  await dragSelect(page, phrase)
  await page.keyboard.press(key)
  await expect(page.getByRole('region', { name: 'Annotation details' }).locator('.detail-quote')).toHaveText(phrase)
  await expect(page.locator('mark.highlight[data-pending]')).toHaveCount(0)
}

const details = (page: Page) => page.getByRole('region', { name: 'Annotation details' })

test('Link all and an alias link “Hayat Tahrir al-Sham” and “HTS” to one entity across articles', async ({ app }) => {
  const { page } = app
  await openArticle(page, SHAFAQ)
  await tag(page, 'Hayat Tahrir al-Sham', '2')

  // The combobox offers to create the entity from the mention; the keyboard alone chooses it.
  const entity = details(page).getByRole('combobox', { name: 'Entity' })
  await entity.focus()
  await expect(page.getByRole('listbox', { name: 'Entity' })).toBeHidden()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('option', { name: 'Create entity ‘Hayat Tahrir al-Sham’' })).toHaveAttribute('aria-selected', 'true')
  await expect(entity).toHaveAttribute('aria-activedescendant', /detail-entity-list-\d/)
  await page.keyboard.press('Enter')
  await expect(details(page).locator('.entity-linked')).toHaveText('Linked to Hayat Tahrir al-Sham')

  await details(page).getByRole('button', { name: 'Link all' }).click()
  await page.getByRole('dialog', { name: 'Link all: ‘Hayat Tahrir al-Sham’' }).getByRole('button', { name: 'Link 3 mentions' }).click()
  await expect(details(page).locator('.entity-status')).toHaveText(
    'Tagged and linked 3 new occurrences to ‘Hayat Tahrir al-Sham’ in 3 articles; their status is unchanged; 1 was already linked.'
  )

  // An alias, through the entity editor.
  await details(page).getByRole('button', { name: 'Edit entity…' }).click()
  const editor = page.getByRole('dialog', { name: 'Entity ‘Hayat Tahrir al-Sham’' })
  await editor.getByRole('textbox', { name: 'Aliases' }).fill('HTS')
  await editor.getByRole('button', { name: 'Save' }).click()
  await expect(editor.getByRole('status')).toHaveText('Saved ‘Hayat Tahrir al-Sham’.')
  await editor.getByRole('button', { name: 'Close' }).click()

  // An HTS mention is offered the entity through its alias; accepting links it, Link all does the rest.
  await tag(page, 'HTS', '2')
  await expect(details(page).getByRole('region', { name: 'Suggested entity' })).toContainText('matches its alias ‘HTS’')
  // The entity's own mention lists its unlinked namesakes across the corpus, in context.
  await page.locator('mark.highlight[data-tag="actor"]').filter({ hasText: 'Hayat Tahrir al-Sham' }).first().click()
  const suggestions = details(page).getByRole('region', { name: 'Suggestions (1)' })
  await expect(suggestions.getByRole('listitem')).toHaveCount(1)
  await expect(suggestions.getByRole('listitem')).toContainText('“HTS” in this article')
  await expect(suggestions.locator('.suggestion-context mark')).toHaveText('HTS')
  await page.locator('mark.highlight[data-tag="actor"]').filter({ hasText: /^HTS$/ }).click()
  await details(page).getByRole('button', { name: 'Accept ‘Hayat Tahrir al-Sham’' }).click()
  await expect(details(page).locator('.entity-linked')).toHaveText('Linked to Hayat Tahrir al-Sham (also HTS)')
  // Searching by the alias finds the entity too.
  await entity.fill('hts')
  await expect(page.getByRole('option', { name: /^Hayat Tahrir al-Sham \(linked\)/ })).toBeVisible()
  await entity.fill('')
  await page.keyboard.press('Escape')
  await details(page).getByRole('button', { name: 'Link all' }).click()
  await page.getByRole('dialog', { name: 'Link all: ‘Hayat Tahrir al-Sham’' }).getByRole('button', { name: /^Link \d+ mentions$/ }).click()
  // The name's mentions linked by the first Link all and this HTS mention are already linked.
  await expect(details(page).locator('.entity-status')).toHaveText(
    /^Tagged and linked \d+ new occurrences to ‘Hayat Tahrir al-Sham’ in 4 articles; their status is unchanged; 5 were already linked\.$/
  )

  await page.screenshot({ path: 'test-results/entities-link-all.png' })

  // The store (journal replayed) holds one entity with the alias, linked from both spellings in several articles.
  const stored = await readStoredProject(app.projectDir)
  expect(stored.entities.entities).toHaveLength(1)
  const [hts] = stored.entities.entities
  expect(hts).toMatchObject({ name: 'Hayat Tahrir al-Sham', type: 'actor', aliases: ['HTS'] })
  const linkedIn = (title: string, quote: string) =>
    stored.documents.find((d) => d.title.startsWith(title))?.annotations.filter((a) => a.quote === quote && a.entityId === hts?.id).length ?? 0
  for (const title of [SHAFAQ, TELESUR]) {
    expect(linkedIn(title, 'Hayat Tahrir al-Sham')).toBe(1)
    expect(linkedIn(title, 'HTS')).toBeGreaterThanOrEqual(2)
  }
  const unlinkedActors = stored.documents.flatMap((d) => d.annotations.filter((a) => a.tag === 'actor' && a.entityId === null))
  expect(unlinkedActors).toEqual([])

  // In the other article the mentions show the entity.
  await openArticle(page, TELESUR)
  await page.locator('mark.highlight[data-tag="actor"]').filter({ hasText: /^HTS$/ }).first().click()
  await expect(details(page).locator('.entity-linked')).toHaveText('Linked to Hayat Tahrir al-Sham (also HTS)')

  // The second Link all was one step: one Undo takes back every occurrence it tagged, in every article.
  const undo = page.getByRole('group', { name: 'History' }).getByRole('button', { name: 'Undo' })
  await expect(undo).toHaveAttribute('title', /^Undo link all ‘Hayat Tahrir al-Sham’/)
  await undo.click()
  await expect(page.locator('mark.highlight[data-tag="actor"]').filter({ hasText: /^HTS$/ })).toHaveCount(0)
  const undone = await readStoredProject(app.projectDir)
  const htsMentions = undone.documents.flatMap((d) => d.annotations.filter((a) => a.quote === 'HTS').map((a) => [d.title.slice(0, 20), a.entityId === hts?.id]))
  expect(htsMentions).toEqual([[SHAFAQ.slice(0, 20), true]])
})

test('a claim is attributed to the nearest actor, a figure picked into its claim, drawn, exported and undone', async ({ app }) => {
  const { page } = app
  await openArticle(page, SHAFAQ)
  await tag(page, 'Media outlets', '2')
  await tag(page, 'The sources', '2')
  const claimText = 'militant casualties this week have exceeded 1,600 from HTS and its affiliated groups'
  await tag(page, claimText, '1')

  // Actors nearest the claim come first.
  const attributed = details(page).getByRole('combobox', { name: 'Attributed to' })
  await attributed.focus()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('listbox', { name: 'Attributed to' }).getByRole('option')).toHaveText([/^The sources15 characters before$/, /^Media outlets\d+ characters before$/])
  await attributed.fill('the s')
  await expect(page.getByRole('listbox', { name: 'Attributed to' }).getByRole('option')).toHaveCount(1)
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  const relations = details(page).getByRole('region', { name: 'Relations' })
  await expect(relations.getByRole('listitem')).toHaveText(['Attributed to “The sources”Remove'])

  // Drawn in the reader: the actor outlined, a connector between the two highlights.
  await expect(page.locator('.relation-connector')).toHaveCount(1)
  const actorMark = page.locator('mark.highlight[data-tag="actor"]').filter({ hasText: 'The sources' })
  await expect(actorMark).toHaveCSS('outline-style', 'dashed')
  await expect(page.locator('mark.highlight[data-tag="actor"]').filter({ hasText: 'Media outlets' })).not.toHaveCSS('outline-style', 'dashed')
  await page.screenshot({ path: 'test-results/entities-attributed-to.png' })
  // The combobox, its open list and the relation list pass axe's checks.
  await attributed.press('Alt+ArrowDown')
  await expect(page.getByRole('listbox', { name: 'Attributed to' })).toBeVisible()
  const audit = await axe(page, 'every rule').include('.detail-panel').analyze()
  expect(audit.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  await page.keyboard.press('Escape')

  // A figure inside the claim: Pick in text, then a click on the claim's highlight sets Stated in (it does not select the claim).
  await tag(page, '1,600', '4')
  await details(page).getByRole('button', { name: 'Pick in text' }).click()
  await page.locator('mark.highlight[data-tag="claim"]').first().click()
  await expect(details(page).locator('.detail-quote')).toHaveText('1,600')
  await expect(details(page).getByRole('region', { name: 'Relations' }).getByRole('listitem')).toHaveText([`Stated in “${claimText}”Remove`])

  // The claim's panel lists both ends; selecting the actor draws the relation from its side too.
  await page.locator('mark.highlight[data-tag="actor"]').filter({ hasText: 'The sources' }).click()
  await expect(details(page).getByRole('region', { name: 'Relations' }).getByRole('listitem')).toHaveText([`Source of claim “${claimText}”Remove`])
  await expect(page.locator('.relation-connector')).toHaveCount(1)

  const exported = (await app.exportProject('jsonl')).toString('utf8')
  const documentLine = exported
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { type: string; title?: string; annotations?: { id: string; text: string }[]; relations?: { type: string; from: string; to: string }[] })
    .find((line) => line.type === 'document' && line.title?.startsWith(SHAFAQ))
  const idOf = (text: string) => documentLine?.annotations?.find((a) => a.text === text)?.id
  expect(documentLine?.relations?.map(({ type, from, to }) => ({ type, from, to }))).toEqual([
    { type: 'attributed-to', from: idOf(claimText), to: idOf('The sources') },
    { type: 'stated-in', from: idOf('1,600'), to: idOf(claimText) }
  ])

  // Undo takes the links back, one step each (the figure's tag was a step between them), in the store too.
  const undo = page.getByRole('group', { name: 'History' }).getByRole('button', { name: 'Undo' })
  await expect(undo).toHaveAttribute('title', /^Undo add a relation \(stated-in\)/)
  await undo.click()
  await expect(undo).toHaveAttribute('title', /^Undo tag ‘1,600’ as Figure/)
  let shafaq = (await readStoredProject(app.projectDir)).documents.find((d) => d.title.startsWith(SHAFAQ))
  expect(shafaq?.relations.map((r) => r.type)).toEqual(['attributed-to'])
  await undo.click()
  await expect(undo).toHaveAttribute('title', /^Undo add a relation \(attributed-to\)/)
  await undo.click()
  await expect(details(page).getByRole('region', { name: 'Relations' })).toHaveCount(0)
  await expect(page.locator('.relation-connector')).toHaveCount(0)
  await expect(actorMark).not.toHaveCSS('outline-style', 'dashed')
  shafaq = (await readStoredProject(app.projectDir)).documents.find((d) => d.title.startsWith(SHAFAQ))
  expect(shafaq?.relations).toEqual([])
  expect(shafaq?.annotations.map((a) => a.quote)).toEqual(['Media outlets', 'The sources', claimText])
})

test('a rejected suggestion stays rejected; an entity is merged and deleted, each undone', async ({ app }) => {
  const { page } = app
  await openArticle(page, SHAFAQ)
  await tag(page, 'Hayat Tahrir al-Sham', '2')
  const entity = details(page).getByRole('combobox', { name: 'Entity' })
  await entity.focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(details(page).locator('.entity-linked')).toHaveText('Linked to Hayat Tahrir al-Sham')
  await details(page).getByRole('button', { name: 'Edit entity…' }).click()
  const editor = page.getByRole('dialog', { name: 'Entity ‘Hayat Tahrir al-Sham’' })
  await editor.getByRole('textbox', { name: 'Aliases' }).fill('HTS')
  await editor.getByRole('button', { name: 'Save' }).click()
  await expect(editor.getByRole('status')).toHaveText('Saved ‘Hayat Tahrir al-Sham’.')
  await editor.getByRole('button', { name: 'Close' }).click()

  // Rejected: not offered again, even after a reload; the core keeps the rejection.
  await tag(page, 'HTS', '2')
  await details(page).getByRole('button', { name: 'Reject ‘Hayat Tahrir al-Sham’' }).click()
  await expect(details(page).getByRole('status').filter({ hasText: 'will not be offered' })).toHaveText('“HTS” will not be offered for ‘Hayat Tahrir al-Sham’ again.')
  await expect(details(page).getByRole('region', { name: 'Suggested entity' })).toHaveCount(0)
  await page.reload()
  await openArticle(page, SHAFAQ)
  const htsMark = page.locator('mark.highlight[data-tag="actor"]').filter({ hasText: /^HTS$/ })
  await htsMark.click()
  await expect(details(page).locator('.detail-quote')).toHaveText('HTS')
  await expect(details(page).locator('.entity-linked')).toHaveText('Not linked to an entity')
  await expect(details(page).getByRole('region', { name: 'Suggested entity' })).toHaveCount(0)
  expect((await readStoredProject(app.projectDir)).entities.rejectedSuggestions).toHaveLength(1)

  // A second entity for the HTS mention, created from the typed name; the alias still finds the first.
  await entity.fill('HTS')
  await expect(page.getByRole('listbox', { name: 'Entity' }).getByRole('option')).toHaveText([/^Hayat Tahrir al-Shamalso HTS$/, 'Create entity ‘HTS’'])
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('Enter')
  await expect(details(page).locator('.entity-linked')).toHaveText('Linked to HTS')

  // Merged into the first: the mention follows; Undo brings the second back with its mention.
  await details(page).getByRole('button', { name: 'Edit entity…' }).click()
  const htsEditor = page.getByRole('dialog', { name: 'Entity ‘HTS’' })
  await htsEditor.getByRole('combobox', { name: 'Merge into' }).fill('hayat')
  await expect(page.getByRole('listbox', { name: 'Merge into' }).getByRole('option')).toHaveCount(1)
  await page.screenshot({ path: 'test-results/entities-editor.png' })
  await page.getByRole('listbox', { name: 'Merge into' }).getByRole('option', { name: /^Hayat Tahrir al-Sham/ }).click()
  // Picking an option only asks: nothing is merged until the user confirms.
  const confirm = htsEditor.getByRole('group', { name: 'Confirm merge' })
  await expect(confirm).toContainText('Merge ‘HTS’ into ‘Hayat Tahrir al-Sham’?')
  await expect(confirm.getByRole('button', { name: 'Merge' })).toBeFocused()
  expect((await readStoredProject(app.projectDir)).entities.entities.map((e) => e.name).sort()).toEqual(['HTS', 'Hayat Tahrir al-Sham'])
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  await expect(confirm).toHaveCount(0)
  await expect(htsEditor).toBeVisible()
  await htsEditor.getByRole('combobox', { name: 'Merge into' }).fill('hayat')
  await page.getByRole('listbox', { name: 'Merge into' }).getByRole('option', { name: /^Hayat Tahrir al-Sham/ }).click()
  await confirm.getByRole('button', { name: 'Merge' }).click()
  await expect(htsEditor).toHaveCount(0)
  await expect(details(page).locator('.entity-linked')).toHaveText('Linked to Hayat Tahrir al-Sham (also HTS)')
  let stored = await readStoredProject(app.projectDir)
  expect(stored.entities.entities.map((e) => e.name)).toEqual(['Hayat Tahrir al-Sham'])
  const undo = page.getByRole('group', { name: 'History' }).getByRole('button', { name: 'Undo' })
  await undo.click()
  await expect(details(page).locator('.entity-linked')).toHaveText('Linked to HTS')
  stored = await readStoredProject(app.projectDir)
  expect(stored.entities.entities.map((e) => e.name).sort()).toEqual(['HTS', 'Hayat Tahrir al-Sham'])

  // Deleted: the mention stays, unlinked; Undo links it again.
  await details(page).getByRole('button', { name: 'Edit entity…' }).click()
  await page.getByRole('dialog', { name: 'Entity ‘HTS’' }).getByRole('button', { name: 'Delete…' }).click()
  await page.getByRole('dialog', { name: 'Entity ‘HTS’' }).getByRole('button', { name: 'Delete entity' }).click()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(details(page).locator('.entity-linked')).toHaveText('Not linked to an entity')
  stored = await readStoredProject(app.projectDir)
  const shafaq = stored.documents.find((d) => d.title.startsWith(SHAFAQ))
  expect(shafaq?.annotations.map((a) => [a.quote, a.entityId === null])).toEqual([
    ['Hayat Tahrir al-Sham', false],
    ['HTS', true]
  ])
  await undo.click()
  await expect(details(page).locator('.entity-linked')).toHaveText('Linked to HTS')

  // Unlink: the mention stays, without its entity.
  await details(page).getByRole('button', { name: 'Unlink' }).click()
  await expect(details(page).locator('.entity-linked')).toHaveText('Not linked to an entity')
  await expect(details(page).locator('.entity-status')).toHaveText('Unlinked from ‘HTS’.')
  stored = await readStoredProject(app.projectDir)
  expect(stored.documents.find((d) => d.title.startsWith(SHAFAQ))?.annotations.find((a) => a.quote === 'HTS')?.entityId).toBeNull()
})

test('the far end of a relation scrolled away is pointed to, and one click brings it back', async ({ app }) => {
  const { page } = app
  await openArticle(page, SHAFAQ)
  await tag(page, 'Shafaq News', '2')
  await tag(page, 'the death toll has risen to 605', '1')
  const attributed = details(page).getByRole('combobox', { name: 'Attributed to' })
  await attributed.fill('shafaq')
  await page.keyboard.press('Enter')
  await expect(details(page).getByRole('region', { name: 'Relations' }).getByRole('listitem')).toHaveText(['Attributed to “Shafaq News”Remove'])

  await page.locator('mark.highlight[data-tag="claim"]').scrollIntoViewIfNeeded()
  const actor = page.locator('mark.highlight[data-tag="actor"]')
  await expect(actor).not.toBeInViewport()
  const pointer = page.getByRole('button', { name: '↑ Attributed to “Shafaq News”' })
  await expect(pointer).toBeVisible()
  await expect(page.locator('.relation-connector')).toHaveCount(0)
  await page.screenshot({ path: 'test-results/entities-off-screen-end.png' })
  await pointer.click()
  await expect(actor).toBeInViewport()
  await expect(actor).toHaveCSS('outline-style', 'dashed')
  await expect(pointer).toHaveCount(0)

  // Under a corpus view the reader is hidden, and so is its drawing.
  await page.locator('mark.highlight[data-tag="claim"]').scrollIntoViewIfNeeded()
  await expect(pointer).toBeVisible()
  await page.getByRole('tab', { name: 'Entities' }).click()
  await expect(pointer).toHaveCount(0)
  await page.getByRole('tab', { name: 'Reader' }).click()
  await expect(pointer).toBeVisible()
})
