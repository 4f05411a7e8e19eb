/** English: the importing messages. Keys start with `importing.`; plurals as ICU `{count, plural, one {…} other {…}}`. */
// Counts the dialog always wrote without thousands separators keep `::group-off`, so the English stays as it was.
export const importing = {
  'importing.title': 'Import articles',
  /** A file that cannot be imported: `problem` is a predicate of the `readers` section ("is empty."). */
  'importing.fileProblem': '{file} {problem}',
  'importing.hint':
    'Text, Markdown, saved web pages (HTML), Word (.docx), PDF, doccano, Prodigy or spaCy JSONL, Label Studio JSON, brat folders (.ann and .txt with annotation.conf), ' +
    'W3C Web Annotation JSON-LD and Tessera JSONL. Up to {fileSize} per file here; a larger JSON Lines file ' +
    '(up to {lineFileSize}, {fileSize} per line) imports from the command line (tessera import). ' +
    'You can also drop files or folders on the window, or paste with Ctrl+V.',
  'importing.megabytes': '{size} MB',
  'importing.bytes': '{count, number, ::group-off} bytes',
  'importing.chooseFiles': 'Choose files…',
  'importing.chooseFilesLabel': 'Choose files',
  'importing.chooseFolder': 'Choose a folder…',
  'importing.chooseFolderLabel': 'Choose a folder',
  'importing.noFiles': 'No files chosen',
  'importing.filesChosen': '{count, number, ::group-off} files chosen',
  'importing.encoding': 'Encoding of text files',
  'importing.encoding.detect': 'Detect automatically',
  'importing.encoding.arabic': '{name} (Arabic)',
  'importing.encoding.western': '{name} (Western)',
  'importing.encoding.latin1': '{name} (Latin-1)',
  'importing.textField': 'Text field (doccano / Label Studio)',
  'importing.textField.placeholder': 'detect',
  'importing.textField.hint':
    'The field that holds the text when it is not <code>text</code> (a doccano <code>column_data</code>, a Label Studio <code>data.ner</code>). Leave it empty to detect it.',
  'importing.allowDuplicates': 'Import duplicates anyway',
  'importing.skipInvalid': 'Import the valid lines of files with invalid lines',
  'importing.addNewTags': 'Add labels this project lacks as new tags, and attributes a file declares that its tags lack',
  'importing.asLayer': "Add the annotations to the project's documents as their authors' layers (a colleague's work; no document is added)",
  'importing.layerAnnotator': 'Annotator of annotations that name no author',
  'importing.report.layers': 'Layers added',
  'importing.start': 'Import',
  'importing.startFiles': 'Import {count, plural, one {# file} other {{count, number, ::group-off} files}}',
  'importing.cancel': 'Cancel',
  'importing.done': 'Done',
  'importing.progress': 'Import progress',
  'importing.progress.files': '{done, number, ::group-off} of {total, plural, one {# file} other {{total, number, ::group-off} files}}',
  'importing.progress.reading': '{done, number, ::group-off} of {total, plural, one {# file} other {{total, number, ::group-off} files}} · reading {current}',
  'importing.unreadable': 'could not be read ({error}).',

  'importing.drop': 'Drop files or folders to import them',
  'importing.pasted': 'Pasted text',
  'importing.pasted.formatted': 'You pasted formatted text.',
  'importing.pasted.plain': 'You pasted text.',
  'importing.pasted.import': 'Import pasted text',
  'importing.pasted.dismiss': 'Dismiss',

  'importing.report': 'Import report',
  'importing.report.summary':
    'Imported {imported, number, ::group-off}, skipped {skipped, number, ::group-off} (duplicates), failed {failed, number, ::group-off}.',
  'importing.report.cancelledSummary':
    'Cancelled. Imported {imported, number, ::group-off}, skipped {skipped, number, ::group-off} (duplicates), failed {failed, number, ::group-off}.',
  'importing.report.failed': 'Failed',
  'importing.report.skippedDuplicates': 'Skipped duplicates',
  'importing.report.sameText': '{file} has the same text as “{title}”',
  'importing.report.notDocuments': 'Not documents (skipped)',
  'importing.report.nearDuplicates': 'Possible duplicates (imported)',
  'importing.report.closeTo': '{title} is close to “{similar}” ({reason})',
  'importing.report.imported': 'Imported',
  'importing.report.newTags': 'New tags added: {tags}',
  'importing.report.newAttributes': 'New attributes added: {attributes}',
  'importing.report.attribute': '{attribute} ({tag})',
  'importing.report.separator': ', ',
  'importing.report.encodings': 'Encodings',
  'importing.report.warnings': 'Warnings'
} as const satisfies Record<`importing.${string}`, string>
