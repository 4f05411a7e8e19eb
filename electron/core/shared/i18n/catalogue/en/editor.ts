/**
 * English: the editor messages. Keys start with `editor.`; plurals as ICU `{count, plural, one {…} other {…}}`.
 * Counts are `{count, number, ::group-off}` rather than `#`, so the English stays as it always was (1234, not 1,234).
 */
export const editor = {
  'editor.empty.opening': 'Opening the project…',
  'editor.empty.chooseDocument': 'Choose a document on the left.',
  'editor.empty.noArticles': 'No articles yet',
  'editor.empty.importHint':
    'Import saved web pages, text, Word or PDF files, or corpora from doccano and Label Studio. You can also drop files here or paste text.',
  'editor.empty.import': 'Import articles…',

  'editor.search.kind.text': 'Phrase as typed',
  'editor.search.kind.words': 'All words and "phrases"',
  'editor.search.kind.regex': 'Regular expression',
  'editor.search.searchFor': 'Search for',
  'editor.search.outlet': 'Outlet',
  'editor.search.anyOutlet': 'Any outlet',
  'editor.search.status': 'Status',
  'editor.search.anyStatus': 'Any status',
  'editor.search.from': 'From',
  'editor.search.to': 'To',

  'editor.saved.heading': 'Saved searches',
  'editor.saved.name': 'Name',
  'editor.saved.save': 'Save search',
  'editor.saved.none': 'None saved yet.',
  'editor.saved.savedAs': 'Saved the search as ‘{name}’.',
  'editor.saved.deleted': 'Deleted the saved search ‘{name}’.',
  'editor.saved.run': 'Run',
  'editor.saved.runNamed': 'Run {name}',
  'editor.saved.delete': 'Delete',
  'editor.saved.deleteNamed': 'Delete {name}',

  'editor.find.title': 'Find',
  'editor.find.placeholder': 'Find…',
  'editor.find.wholeWord': 'Whole word',
  'editor.find.matchCase': 'Match case',
  'editor.find.exactLetters': 'Exact letters',
  'editor.find.allDocuments': 'All documents',
  'editor.find.typeToFind': 'Type to find.',
  'editor.find.count': '{count, plural, one {{count, number, ::group-off} match} other {{count, number, ::group-off} matches}}',
  'editor.find.countInDocuments':
    '{count, plural, one {{count, number, ::group-off} match} other {{count, number, ::group-off} matches}} in {documents, plural, one {{documents, number, ::group-off} document} other {{documents, number, ::group-off} documents}}',
  'editor.find.position': 'Match {current, number, ::group-off} of {total, number, ::group-off} in this document',
  'editor.find.previous': 'Previous match',
  'editor.find.next': 'Next match',
  'editor.find.tagAllAs': 'Tag all matches as',
  'editor.find.tagAll': 'Tag all matches',
  'editor.find.tagged': 'Tagged {count, plural, one {{count, number, ::group-off} match} other {{count, number, ::group-off} matches}} as {tag}.',
  'editor.find.taggedSkipping':
    'Tagged {count, plural, one {{count, number, ::group-off} match} other {{count, number, ::group-off} matches}} as {tag} ({skipped, number, ::group-off} already tagged {tag}).',
  'editor.find.matches': 'Matches',
  'editor.find.truncated': 'The first {count, number, ::group-off} matches are shown.',

  'editor.reader.unknownOutlet': 'Unknown outlet',
  'editor.reader.metaSeparator': ', ',
  'editor.reader.textOf': 'Text of {title}',
  'editor.highlight.role': 'highlight',
  'editor.highlight.pending': 'not saved yet',
  'editor.highlight.deleting': 'being deleted, not saved yet',
  'editor.resize.start': 'Drag to move the start (Alt+Shift+←/→)',
  'editor.resize.end': 'Drag to move the end (Shift+←/→)'
} as const satisfies Record<`editor.${string}`, string>
