/**
 * The files the import fuzzer starts from, grouped by the format family they exercise: the sample corpus,
 * the import tests' fixtures (hostile pages included), generated Word and PDF files, a Tessera export,
 * and, from `electron/core/interchange/fixtures/interop/`, the real files written by brat, doccano, Label Studio and
 * the W3C test suite.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createExportCorpus } from '../../testing/export-corpus'
import { RESOURCES_DIR_PATH } from './paths'
import { buildDocx, buildPdf, FIXTURES } from '../../testing/import-fixtures'
import { exportFile } from '../../testing/export-file'

export interface SeedFile {
  name: string
  bytes: Uint8Array
}

/** One fuzz input: the file to damage, and the files that travel with it unchanged (brat's .txt and conf). */
export interface Seed {
  file: SeedFile
  companions: SeedFile[]
}

export type Family = 'text' | 'markdown' | 'html' | 'docx' | 'pdf' | 'doccano' | 'label-studio' | 'w3c' | 'brat' | 'tessera-jsonl'

export const FAMILIES: readonly Family[] = ['text', 'markdown', 'html', 'docx', 'pdf', 'doccano', 'label-studio', 'w3c', 'brat', 'tessera-jsonl']

const fixturesDir = fileURLToPath(FIXTURES)

function filesIn(dir: string, accept: (name: string) => boolean): SeedFile[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter(accept)
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }))
}

const alone = (files: SeedFile[]): Seed[] => files.map((file) => ({ file, companions: [] }))

/** Every family's seeds; `interopDir` may be missing (the fuzzer says so and uses the rest). */
export async function loadSeeds(interopDir: string, scratchDir: string): Promise<Record<Family, Seed[]>> {
  const corpus = await createExportCorpus(scratchDir)
  try {
    const jsonl = await exportFile(corpus.core, { format: 'jsonl', offsetUnit: 'codepoint' })
    const w3c = await exportFile(corpus.core, { format: 'w3c', offsetUnit: 'codepoint' })
    const interop = (sub: string, accept: (name: string) => boolean): SeedFile[] => filesIn(join(interopDir, sub), accept)
    const brat = join(interopDir, 'brat-news')
    const bratConf = filesIn(brat, (name) => name === 'annotation.conf')
    return {
      text: alone([...filesIn(join(RESOURCES_DIR_PATH, 'sample'), (n) => n.endsWith('.txt')), ...filesIn(fixturesDir, (n) => n.endsWith('.txt'))]),
      markdown: alone(filesIn(fixturesDir, (n) => n.endsWith('.md'))),
      html: alone([...filesIn(fixturesDir, (n) => n.endsWith('.html')), ...filesIn(join(fixturesDir, 'hostile'), (n) => n.endsWith('.html'))]),
      docx: alone([
        { name: 'article.docx', bytes: buildDocx(['Hama, 3 December', 'The army said it held the city.', 'Rebels said 1,300 fighters entered.'], { title: 'Hama', creator: 'Desk' }) },
        { name: 'arabic.docx', bytes: buildDocx(['حماة — ٣ كانون الأول', 'قال الجيش إنه يسيطر على المدينة.'], { title: 'حماة' }) }
      ]),
      pdf: alone([{ name: 'article.pdf', bytes: await buildPdf([['Hama, 3 December', 'The army said it held the city.'], ['Page two of the report.']]) }]),
      doccano: alone([...filesIn(fixturesDir, (n) => n.startsWith('doccano')), ...interop('doccano', (n) => n.endsWith('.jsonl'))]),
      'label-studio': alone([...filesIn(fixturesDir, (n) => n.startsWith('label-studio')), ...interop('label-studio', (n) => n.endsWith('.json'))]),
      w3c: alone([{ name: 'export.w3c.jsonld', bytes: Buffer.from(w3c.content, w3c.encoding) }, ...interop('w3c-samples/correct', (n) => n.endsWith('.json'))]),
      brat: filesIn(brat, (n) => n.endsWith('.ann')).map((ann) => ({
        file: { name: `brat/${ann.name}`, bytes: ann.bytes },
        companions: [
          ...filesIn(brat, (n) => n === ann.name.replace(/\.ann$/, '.txt')).map((f) => ({ ...f, name: `brat/${f.name}` })),
          ...bratConf.map((f) => ({ ...f, name: `brat/${f.name}` }))
        ]
      })),
      'tessera-jsonl': alone([{ name: 'export.jsonl', bytes: Buffer.from(jsonl.content, jsonl.encoding) }])
    }
  } finally {
    corpus.core.close()
  }
}
