import { spawnSync } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'

/** A new, empty project folder (made with `tessera init`), for specs that start from nothing. */
export async function emptyProject(): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'tessera-e2e-import-')), 'project')
  const result = spawnSync(process.execPath, ['bin/tessera.js', 'init', dir], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`tessera init failed: ${result.stderr}`)
  return dir
}

/** Drops files on the window the way a file manager does: dragenter, dragover, drop with a DataTransfer. */
export async function dropFiles(page: Page, files: { name: string; type: string; content: string }[]): Promise<void> {
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer()
    for (const { name, type, content } of list) data.items.add(new File([content], name, { type }))
    return data
  }, files)
  for (const type of ['dragenter', 'dragover', 'drop']) {
    await page.dispatchEvent('body', type, { dataTransfer: transfer })
  }
}

/** Pastes into the page as Ctrl+V does, with text/plain and optionally text/html on the clipboard. */
export async function paste(page: Page, text: string, html?: string): Promise<void> {
  await page.evaluate(
    ({ text, html }) => {
      const data = new DataTransfer()
      data.setData('text/plain', text)
      if (html) data.setData('text/html', html)
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    },
    { text, html }
  )
}
