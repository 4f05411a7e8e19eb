/** English: the exporting messages. Keys start with `exporting.`; plurals as ICU `{count, plural, one {…} other {…}}`. */
// Counts the dialog always wrote without thousands separators keep `::group-off`, so the English stays as it was.
export const exporting = {
  'exporting.title': 'Export dataset',
  'exporting.loading': 'Reading the project…',
  'exporting.format': 'Format',
  'exporting.format.csv': 'CSV tables (ZIP)',
  'exporting.format.jsonl.description': 'Everything, one document per line: for Python and re-import.',
  'exporting.format.csv.description': 'annotations, documents and relations tables, for spreadsheets and pandas.',
  'exporting.format.w3c.description': 'JSON-LD AnnotationCollection, the web standard.',
  'exporting.format.brat.description': '.txt and .ann per document, with annotation.conf.',
  'exporting.format.conll.description': 'One token per line, for NER training; no overlaps.',
  'exporting.format.spacy.description': 'text, spans and ents for spaCy Doc objects.',
  'exporting.documents': 'Documents',
  'exporting.documents.all': 'All matching the filters',
  'exporting.documents.open': 'Only the open document',
  'exporting.status': 'Status',
  'exporting.status.count': '{status} ({count, number, ::group-off})',
  'exporting.outlet': 'Outlet',
  'exporting.outlet.none': '(no outlet)',
  'exporting.tags': 'Tags',
  'exporting.annotators': 'Annotators',
  'exporting.annotators.unknown': '(unknown)',
  'exporting.options': 'Options',
  'exporting.offsets': 'Offsets',
  'exporting.offsets.codepoint': 'Code points (Python, spaCy, W3C)',
  'exporting.offsets.utf16': 'UTF-16 units (JavaScript)',
  'exporting.neutraliseFormulas': 'Neutralise cells that start like a formula (recommended)',
  'exporting.overlaps': 'Where spans overlap, keep',
  'exporting.overlaps.tagSetOrder': 'the tag set’s order ({order})',
  'exporting.overlaps.first': '{tag} first',
  'exporting.progress': 'Export progress',
  'exporting.progress.reads': '{done, number, ::group-off} of {total, number, ::group-off} document reads',
  'exporting.progress.starting': 'Starting…',
  'exporting.cancel': 'Cancel',
  'exporting.close': 'Close',
  'exporting.export': 'Export',
  'exporting.exporting': 'Exporting…',
  'exporting.problem.tag': 'Choose at least one tag.',
  'exporting.problem.status': 'Choose at least one status.',
  'exporting.problem.outlet': 'Choose at least one outlet.',
  'exporting.problem.annotator': 'Choose at least one annotator.',

  'exporting.checkList.all': 'All',
  'exporting.checkList.none': 'None',
  'exporting.checkList.empty': 'None in this project',

  'exporting.message.saved':
    'Exported {count, plural, one {# document} other {{count, number, ::group-off} documents}} as {format} to {path}',
  'exporting.message.downloaded':
    'Exported {count, plural, one {# document} other {{count, number, ::group-off} documents}} as {format} to your browser\'s downloads, as {path}',
  'exporting.notice': 'Export finished',
  'exporting.notice.saved':
    '<strong>Export finished.</strong> {count, plural, one {# document} other {{count, number, ::group-off} documents}} as {format} saved to {path}',
  'exporting.notice.downloaded':
    '<strong>Export finished.</strong> {count, plural, one {# document} other {{count, number, ::group-off} documents}} as {format} downloaded as {path}<span> in your browser’s downloads folder</span>',
  'exporting.notice.dismiss': 'Dismiss export notice'
} as const satisfies Record<`exporting.${string}`, string>
