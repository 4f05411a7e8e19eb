import type { FormatExporter } from '../../shared/exports/format-exporter'
import type { ExportFormat } from '../../shared/exports/options'
import { bratFormat } from './brat'
import { conllFormat } from './conll'
import { csvTablesFormat } from './csv-tables'
import { jsonlFormat } from './jsonl'
import { spacyFormat } from './spacy'
import { w3cFormat } from './w3c'

export const formats: Record<ExportFormat, FormatExporter> = {
  jsonl: jsonlFormat,
  csv: csvTablesFormat,
  w3c: w3cFormat,
  brat: bratFormat,
  conll: conllFormat,
  spacy: spacyFormat
}
