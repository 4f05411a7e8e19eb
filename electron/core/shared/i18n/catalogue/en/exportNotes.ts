/** English: exports and repairs: what an export left out or changed, why an export failed, what a repair of a damaged project did. Keys start with `exportNotes.`; user text in values. */
// Counts the core always wrote without thousands separators keep `::group-off`, so the English stays as it was.
export const exportNotes = {
  'exportNotes.brat.relationsAcrossLeftOut':
    '{count, plural, one {# relation} other {{count, number, ::group-off} relations}} across documents left out: a brat relation joins spans of one file (the JSONL and W3C exports hold them).',
  'exportNotes.conll.spansLeftOut':
    '{count, plural, one {# span} other {{count, number, ::group-off} spans}} left out where spans overlap or cover no whole token; tags won in this order: {tags}.',
  'exportNotes.spacy.entsLeftOut':
    '{count, plural, one {# overlapping span} other {{count, number, ::group-off} overlapping spans}} left out of "ents" (all are in "spans"); tags won in this order: {tags}.',

  'exportNotes.error.offsetsAlwaysCodePoints': '{format} offsets are always code points (the format defines them); choose jsonl, csv or spacy for UTF-16.',
  'exportNotes.error.noSuchTags': 'No tag {tags} in this project.',
  'exportNotes.error.noSuchAnnotators': 'No annotation by {authors} in the documents exported (annotators there: {known}).',
  'exportNotes.error.binaryFile': '{file} is binary; only text files are written this way.',
  'exportNotes.error.notARegularFile': 'Cannot export to {path}: it exists and is not a regular file ({kind, select, folder {a folder} other {a device, FIFO or socket}}).',
  'exportNotes.error.folderExists': 'Cannot export to {path}: it exists ({kind, select, folder {a folder} other {a file}}); give a new folder name, or a .zip file.',
  'exportNotes.error.insideProject': 'Cannot export to {path}: it is inside the project folder {project}. Choose a place outside it.',
  'exportNotes.error.noSuchFolder': 'Cannot export to {path}: the folder {folder} does not exist.',
  'exportNotes.error.noProject': 'No project is open: open one to export it.',
  'exportNotes.error.folderAppeared': '{path} appeared while the export was written; nothing was replaced.',

  'exportNotes.repair.restored': 'project.json was restored from the backup {backup}.',
  'exportNotes.repair.rebuilt': 'project.json was rebuilt.',
  'exportNotes.repair.documentsListedAgain': '{count, number, ::group-off} document(s) added since the backup are listed again.',
  'exportNotes.repair.notJson': 'The damaged project.json is not JSON: the name, description and tags start afresh.',
  'exportNotes.repair.tagNotKept': 'The tag "{label}" could not be kept; its annotations get a plain tag.',
  'exportNotes.repair.unlabelledTagNotKept': 'The tag without a label could not be kept; its annotations get a plain tag.',
  'exportNotes.repair.secondTagDropped': 'A second tag with id "{id}" was dropped.',
  'exportNotes.repair.attributesTrimmed': 'The tag "{label}" kept {kept, number, ::group-off} of its attributes (the valid ones, at most {max, number, ::group-off}).',
  'exportNotes.repair.tagAdded': 'The tag "{id}", used by annotations but missing from project.json, was added without attributes.',
  'exportNotes.repair.relationTypeNotKept': 'A relation type "{label}" could not be kept.',
  'exportNotes.repair.invalidRelationTypeNotKept': 'A relation type that does not fit the schema could not be kept.',
  /** One notice after another on the start screen. */
  'exportNotes.notice.then': '{first} {then}'
} as const satisfies Record<`exportNotes.${string}`, string>
