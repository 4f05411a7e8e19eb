import type { Page } from '@playwright/test'
import { ProjectStore } from '../electron/core/store/project-store'
import { expect, test } from './support/fixtures'
import { openFromMenu } from './support/menu'
import { dragSelect, readerText } from './support/reader'

const WAR = { name: 'War in Syria 🇸🇾', file: 'hama.txt', title: 'Hama front', phrase: 'army entered Hama' }
const ELECTION = { name: 'Election 2024', file: 'vote.txt', title: 'Polls close', phrase: 'turnout reached' }

/** Imports one article into the open project through the app's own import API (the Import dialog is another test's). */
async function importArticle(page: Page, fileName: string, title: string, body: string): Promise<void> {
  const token = await page.evaluate(() => sessionStorage.getItem('tessera.token'))
  const response = await page.request.post(new URL('/api/import.files', page.url()).toString(), {
    headers: { Authorization: `Bearer ${token ?? ''}`, 'Content-Type': 'application/json', Origin: new URL(page.url()).origin },
    data: { files: [{ name: fileName, base64: Buffer.from(`${title}\n\n${body}`, 'utf8').toString('base64') }] }
  })
  expect(response.status()).toBe(200)
}

async function createProject(page: Page, name: string): Promise<void> {
  await openFromMenu(page, 'Projects')
  const form = page.getByRole('region', { name: 'New project' })
  await form.getByLabel('Name').fill(name)
  await form.getByRole('button', { name: 'Create project' }).click()
  await expect(page.locator('.project-name')).toHaveText(name)
}

async function annotate(page: Page, title: string, phrase: string, key: string): Promise<void> {
  const documents = page.getByRole('navigation', { name: 'Documents' }).getByRole('button')
  await expect(documents).toHaveCount(1)
  await documents.filter({ hasText: title }).click()
  await expect(readerText(page)).toContainText(phrase)
  await dragSelect(page, phrase)
  await page.keyboard.press(key)
  await expect(page.getByRole('complementary', { name: 'Annotations' }).locator('.annotation-item')).toHaveCount(1)
}

/** Every stored annotation of a project, read as another process would: document files with their journals replayed. */
async function storedAnnotations(projectDir: string): Promise<{ quote: string; author: string }[]> {
  const store = await ProjectStore.open(projectDir, { readOnly: true })
  try {
    const documents = await Promise.all(store.info.documentIds.map((id) => store.getDocument(id)))
    return documents.flatMap((document) => document.annotations.map(({ quote, author }) => ({ quote, author })))
  } finally {
    store.close()
  }
}

test('two projects: create, annotate in each, switch, reopen from Recent; nothing leaks and authors are recorded and shown', async ({ browserApp: app }) => {
  const { page } = app
  await expect(page.getByRole('navigation', { name: 'Documents' }).getByRole('button')).toHaveCount(5)

  await createProject(page, WAR.name)
  await importArticle(page, WAR.file, WAR.title, 'The army entered Hama on Wednesday, officials said. حماة 🙂')
  await page.reload()
  await annotate(page, WAR.title, WAR.phrase, '1')
  const list = page.getByRole('complementary', { name: 'Annotations' })
  await expect(list.locator('.annotation-details')).toContainText('E2E Analyst')

  await createProject(page, ELECTION.name)
  await expect(page.getByRole('navigation', { name: 'Documents' }).getByRole('button')).toHaveCount(0)
  await importArticle(page, ELECTION.file, ELECTION.title, 'By eight, turnout reached 61 per cent in the capital.')
  await page.reload()
  await annotate(page, ELECTION.title, ELECTION.phrase, '2')

  // Back to the first project from the Recent list: its own document and annotation, nothing of the other.
  await openFromMenu(page, 'Projects')
  const recent = page.getByRole('region', { name: 'Recent projects' })
  await expect(recent.locator('.recent-name')).toHaveText([ELECTION.name, WAR.name, 'Hama, 1–4 December 2024 (sample)'])
  await page.screenshot({ path: 'test-results/projects-start-screen.png' })
  // Removing an entry keeps the start screen open and the project's folder untouched.
  await recent.getByRole('button', { name: 'Remove Hama, 1–4 December 2024 (sample) from the recent list' }).click()
  await expect(recent.locator('.recent-name')).toHaveText([ELECTION.name, WAR.name])
  await recent.getByRole('button', { name: new RegExp(`^${WAR.name}`) }).click()
  await expect(page.locator('.project-name')).toHaveText(WAR.name)
  const documents = page.getByRole('navigation', { name: 'Documents' }).getByRole('button')
  await expect(documents).toHaveCount(1)
  await expect(documents.first()).toContainText(WAR.title)
  await documents.first().click()
  await expect(list.locator('.annotation-item')).toHaveCount(1)
  await expect(list.locator('.annotation-item').first()).toHaveAccessibleName(`Claim: ${WAR.phrase}`)

  await openFromMenu(page, 'Project settings')
  const settings = page.getByRole('dialog', { name: 'Project settings' })
  await expect(settings.getByRole('table', { name: 'Project counts' })).toContainText('Annotations1')
  await page.screenshot({ path: 'test-results/projects-settings.png' })
  await settings.getByLabel('Name', { exact: true }).fill('War in Syria, Hama 🇸🇾')
  await settings.getByRole('button', { name: 'Save' }).click()
  await expect(settings.getByRole('status')).toHaveText('Saved.')
  await settings.getByRole('button', { name: 'Close' }).click()
  await expect(page.locator('.project-name')).toHaveText('War in Syria, Hama 🇸🇾')

  const state = await page.evaluate(async () => {
    const token = sessionStorage.getItem('tessera.token') ?? ''
    const response = await fetch('/api/workspace.state', { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: '{}' })
    return (await response.json()) as { result: { recentProjects: { name: string; dir: string }[] } }
  })
  const dirOf = (name: string): string => state.result.recentProjects.find((entry) => entry.name === name)?.dir ?? ''
  // The rename reached the recent list too.
  expect(await storedAnnotations(dirOf('War in Syria, Hama 🇸🇾'))).toEqual([{ quote: WAR.phrase, author: 'E2E Analyst' }])
  expect(await storedAnnotations(dirOf(ELECTION.name))).toEqual([{ quote: ELECTION.phrase, author: 'E2E Analyst' }])
})
