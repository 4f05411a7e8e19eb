import { fileURLToPath } from 'node:url'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readThroughRegistry } from '../../testing/import-fixtures'

/** A real Label Studio task (see the interop fixtures' README.md) that keeps its text in data.ner. */
const RICH_TEXT_TASK = fileURLToPath(new URL('../../interchange/fixtures/interop/label-studio/rich_text_plain__annotations__1.json', import.meta.url))

describe('Label Studio: a text field the user names', () => {
  it('refuses a file whose tasks lack the named field, naming the field and the fields they have', async () => {
    const bytes = new Uint8Array(readFileSync(RICH_TEXT_TASK))
    await expect(readThroughRegistry('rich.json', bytes, { textField: 'body' })).rejects.toThrow(
      'rich.json has no task with a "body" string in its data (the text field named); its tasks\' data has: ner.'
    )
  })

  it('reads the named field without reporting that it guessed it', async () => {
    const bytes = new Uint8Array(readFileSync(RICH_TEXT_TASK))
    const task = JSON.parse(readFileSync(RICH_TEXT_TASK, 'utf8')) as { data: { ner: string } }
    const { documents, warnings } = await readThroughRegistry('rich.json', bytes, { textField: 'ner' })
    expect(documents.map((d) => d.text)).toEqual([task.data.ner])
    expect(warnings.filter((w) => w.includes('the text was read from'))).toEqual([])
  })
})
