import type { Page } from '@playwright/test'

export type ExportFormatName = 'jsonl' | 'csv' | 'w3c' | 'brat' | 'conll' | 'spacy'

/** The labels of the export dialog's format choices. */
export const FORMAT_LABELS: Record<ExportFormatName, string> = {
  jsonl: 'Tessera JSONL',
  csv: 'CSV tables (ZIP)',
  w3c: 'W3C Web Annotation',
  brat: 'brat standoff (ZIP)',
  conll: 'CoNLL IOB2',
  spacy: 'spaCy JSONL'
}

/** Opens the export dialog, picks the format and starts the export with every other choice left as it is. */
export async function exportThroughDialog(page: Page, format: ExportFormatName): Promise<void> {
  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export dataset' })
  await dialog.getByRole('radio', { name: FORMAT_LABELS[format] }).check()
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
}
