import type { Page } from '@playwright/test'
import type { ExportFormatName } from './export-dialog'

/** The app under test, desktop or browser mode, behind one interface so every spec runs on both. */
export interface TesseraApp {
  mode: 'electron' | 'browser'
  projectDir: string
  readonly page: Page
  /** Closes the app (releasing the project) and opens it again on the same project folder. */
  restart(): Promise<void>
  /** Exports through the export dialog (save dialog or download) and returns the file's bytes (a ZIP for csv and brat). */
  exportProject(format: ExportFormatName): Promise<Buffer>
  close(): Promise<void>
  /** Browser mode: stops the server under the open page, as if its terminal were closed. */
  stopServer?(): Promise<void>
}
