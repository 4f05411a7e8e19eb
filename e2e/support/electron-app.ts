import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test'
import { exportThroughDialog } from './export-dialog'
import type { TesseraApp } from './tessera-app'

/** The desktop app, on the Electron binary found beside the project, on a project folder. */
export async function launchElectronApp(executablePath: string, projectDir: string): Promise<TesseraApp> {
  const launch = async (): Promise<{ app: ElectronApplication; page: Page }> => {
    const app = await electron.launch({
      executablePath,
      args: ['.', '--project', projectDir, '--sample'],
      // Settings stay beside the project, and the annotator is named so the first-start question stays away.
      env: { ...process.env, TESSERA_DATA: `${projectDir}.data`, TESSERA_AUTHOR: process.env.TESSERA_AUTHOR ?? 'E2E Analyst' }
    })
    const page = await app.firstWindow()
    return { app, page }
  }
  let current = await launch()

  return {
    mode: 'electron',
    projectDir,
    get page() {
      return current.page
    },
    async restart() {
      await current.app.close()
      current = await launch()
    },
    async exportProject(format) {
      const target = join(await mkdtemp(join(tmpdir(), 'tessera-export-')), `export.${format === 'csv' || format === 'brat' ? 'zip' : format}`)
      // A native save dialog cannot be driven by Playwright: answer it from the main process.
      await current.app.evaluate(({ dialog }, filePath) => {
        dialog.showSaveDialog = (() => Promise.resolve({ canceled: false, filePath })) as typeof dialog.showSaveDialog
      }, target)
      await exportThroughDialog(current.page, format)
      await current.page.getByRole('region', { name: 'Export finished' }).waitFor()
      return readFile(target)
    },
    async close() {
      await current.app.close()
    }
  }
}
