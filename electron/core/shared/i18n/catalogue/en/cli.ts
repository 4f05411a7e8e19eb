/** English: the cli messages. Keys start with `cli.`; plurals as ICU `{count, plural, one {…} other {…}}`. */
export const cli = {
  // The program, and commander's own words in help and usage errors (as commander writes them).
  'cli.program.description': 'Tessera: annotate news articles (claims, actors, places, figures) and export the spans as datasets.',
  'cli.noCommand': 'no command given; run tessera --help to see the commands.',
  'cli.help.help': 'display help for command',
  'cli.help.version': 'output the version number',
  'cli.help.usage': 'Usage:',
  'cli.help.arguments': 'Arguments:',
  'cli.help.options': 'Options:',
  'cli.help.globalOptions': 'Global Options:',
  'cli.help.commands': 'Commands:',
  'cli.help.choices': 'choices: {choices}',
  'cli.help.default': 'default: {value}',
  'cli.help.separator': ', ',
  'cli.usage.unknownCommand': "unknown command ''{name}''",
  'cli.usage.unknownOption': "unknown option ''{name}''",
  'cli.usage.didYouMean': '(Did you mean {suggestion}?)',
  'cli.usage.requiredOption': "required option ''{name}'' not specified",
  'cli.usage.missingArgument': "missing required argument ''{name}''",
  'cli.usage.optionArgumentMissing': "option ''{name}'' argument missing",
  'cli.usage.tooManyArguments':
    "too many arguments for ''{name}''. Expected {expected, plural, one {# argument} other {# arguments}} but got {got, number, ::group-off}.",
  'cli.usage.invalidValue': "option ''{name}'' argument ''{value}'' is invalid. {reason}",
  'cli.usage.allowedChoices': 'Allowed choices are {choices}.',

  // Options several commands share.
  'cli.option.project': 'the project folder',
  'cli.option.json': 'print JSON',
  'cli.option.jsonColumns': 'print JSON instead of tab-separated columns',

  // Words of the tables and summaries.
  'cli.status.not-started': 'not started',
  'cli.status.in-progress': 'in progress',
  'cli.status.done': 'done',

  // tessera init
  'cli.init.description': 'create an empty project in a folder (made if missing; it must be empty)',
  'cli.init.name': 'the project name (default: the folder name)',
  'cli.init.created': 'Created the project "{name}" in {dir}',

  // tessera info
  'cli.info.description': 'show a project: name, schema version, documents by status, annotations by tag (read-only)',
  'cli.info.folder': 'folder: {dir}',
  'cli.info.schemaVersion': 'schema version: {version}',
  'cli.info.documents': 'documents: {count, number, ::group-off}',
  'cli.info.unreadable': ' ({count, number, ::group-off} unreadable)',
  'cli.info.annotations': 'annotations: {count, number, ::group-off}',

  // tessera serve, tessera address
  'cli.serve.description': 'open a project in a web browser on this computer (browser mode, 127.0.0.1 only)',
  'cli.serve.project': 'the project folder (default: $TESSERA_PROJECT, else your default project)',
  'cli.serve.sample': 'when --project names a folder with no project yet, start it with the five sample articles (default: empty)',
  'cli.serve.port': 'the port to listen on (default: {port, number, ::group-off}, or any free port if that one is taken)',
  'cli.serve.badPort': 'A port is a whole number from {min, number, ::group-off} to {max, number, ::group-off}.',
  'cli.serve.notBuilt': 'the browser app is not built ({file} is missing); run npm run build first.',
  'cli.serve.noProject': 'no project (choose one on the start screen)',
  'cli.serve.serving': 'Tessera is serving {project} in browser mode: {url}',
  'cli.serve.howToStop': 'Open that address in a browser; press Ctrl+C to stop.',
  'cli.address.description': 'print the address browser mode (tessera serve, npm start without Electron) serves at, to open in a browser tab',
  'cli.address.neverServed': 'Tessera has not served in browser mode from {dir} yet: start it with npm start or tessera serve.',
  'cli.address.notServing': 'Tessera is not serving now (it last served at {url}): start it again with npm start or tessera serve.',

  // tessera list
  'cli.list.description': 'list the documents of a project: id, title, outlet, date, status, annotations (read-only)',
  'cli.list.id': 'id',
  'cli.list.title': 'title',
  'cli.list.source': 'source',
  'cli.list.date': 'date',
  'cli.list.status': 'status',
  'cli.list.annotations': 'annotations',

  // tessera import
  'cli.import.description':
    'import articles and annotated corpora: text, Markdown, HTML, Word .docx, PDF, doccano JSONL, Label Studio JSON (at most {fileMegabytes, number} MB each; JSON Lines up to {lineFileMegabytes, number} MB, {fileMegabytes, number} MB per line); folders are read recursively; creates the project if the folder is new or empty',
  'cli.import.encoding': 'read text files in this encoding instead of detecting it: {encodings}',
  'cli.import.allowDuplicates': 'import a document even when the project already holds the same text',
  'cli.import.skipInvalid': 'import the valid lines of a JSON Lines file that also holds invalid ones',
  'cli.import.noNewTags': 'leave out spans whose label the project has no tag for, and values of attributes its tags lack, instead of adding the tag or attribute',
  'cli.import.textField': 'the field that holds the text in doccano lines or Label Studio task data, when it is not "text" (one other string field is found without it)',
  'cli.import.asLayer': "add the files' annotations to the project's documents as their authors' layers (documents matched by id, text or near-duplicate; none added); a re-import replaces that author's layer",
  'cli.import.annotator': 'with --as-layer: the annotator of annotations the file names no author for (brat files name none)',
  'cli.import.annotatorWithoutLayer': '--annotator names whose layer a file is: use it with --as-layer.',
  'cli.import.paths': 'files or folders to import',
  'cli.import.badEncoding': '--encoding {name} is not one Tessera reads; use one of {encodings}.',
  'cli.import.failed': 'could not import {failed, number, ::group-off} of {total, number, ::group-off} file(s); the first: {file} {reason}',
  'cli.import.handedOff': 'The project is open in Tessera: the files were handed to it.',

  // tessera remove
  'cli.remove.description': 'delete documents (ids as tessera list shows them) with their annotations, relations and entity links; nothing is deleted if any id is unknown',
  'cli.remove.json': 'print what was deleted as JSON',
  'cli.remove.ids': 'the ids of the documents to delete',
  'cli.remove.noProject': '{dir} holds no Tessera project (no project.json).',
  'cli.remove.deleted':
    'Deleted {documents, plural, one {# document} other {# documents}} with {annotations, plural, one {# annotation} other {# annotations}} and {relations, plural, one {# relation} other {# relations}}: {ids}',
  'cli.remove.deletedInApp':
    'Deleted {documents, plural, one {# document} other {# documents}} with {annotations, plural, one {# annotation} other {# annotations}} and {relations, plural, one {# relation} other {# relations}} in the open Tessera (Undo there brings them back): {ids}',

  // tessera agreement
  'cli.agreement.description': 'agreement between annotators, per tag and overall: span F1, Cohen’s/Fleiss’ κ, Krippendorff’s α and αu, each with its method and n (read-only)',
  'cli.agreement.annotators': 'compare only these annotators, comma-separated (default: every author in the documents but the curated layer; name "curated" to compare with the gold set)',
  'cli.agreement.tags': 'only these tags, comma-separated (default: every tag used)',
  'cli.agreement.documents': 'only these document ids, comma-separated (default: those at least two of the annotators annotated)',
  'cli.agreement.json': 'print the whole result as JSON (every figure, the confusion tables, the disagreements with their offsets)',
  'cli.agreement.csv': 'also write the figures as CSV, one row per tag, measure and pair',
  'cli.agreement.markdown': 'also write a short Markdown report for a methods section',
  'cli.agreement.annotatorsLine': 'Annotators: {names}',
  'cli.agreement.sampleLine': 'Sample: {documents, number, ::group-off} documents, {tokens, number, ::group-off} tokens, {characters, number, ::group-off} characters; spans: {spans}',
  'cli.agreement.leftOutLine': 'Left out: {documents}',
  'cli.agreement.leftOut.fewer-than-two-annotators': '{id} (fewer than two of the annotators annotated it)',
  'cli.agreement.leftOut.not-done-for-you': '{id} (blind mode: not marked done for you, so others’ work there stays hidden)',
  'cli.agreement.leftOut.unreadable': '{id} (could not be read)',
  'cli.agreement.allTags': 'All tags',
  'cli.agreement.tagHeading': '{label} ({id})',
  'cli.agreement.attributes': 'Choice attributes, over spans both marked alike',
  'cli.agreement.measure': 'measure',
  'cli.agreement.pair': 'annotators',
  'cli.agreement.value': 'value',
  'cli.agreement.n': 'n',
  'cli.agreement.method': 'method',
  'cli.agreement.all': 'all',
  'cli.agreement.notDefined.no-data': 'not defined: nothing to compare',
  'cli.agreement.notDefined.too-few-annotators': 'not defined: fewer than two annotators',
  'cli.agreement.notDefined.one-category': 'not defined: one category only',
  'cli.agreement.disagreements': 'Disagreements: {count, number, ::group-off} (--json lists each with its document and offsets)',
  'cli.agreement.swaps': 'Tags swapped ({pair}): {swaps}',
  'cli.agreement.wrote': 'Wrote {path}',

  // tessera export
  'cli.export.description': 'export the documents and their annotations (read-only; works while the app has the project open)',
  'cli.export.format': 'the dataset format',
  'cli.export.offsets': 'how span offsets count (jsonl, csv, spacy): code points (Python, spaCy) or UTF-16 units (JavaScript)',
  'cli.export.out': 'write here (atomically) instead of standard output; csv and brat: a .zip file, or a folder that does not exist yet',
  'cli.export.csvRaw': 'csv: leave cells starting with = + - @ as they are (spreadsheets may run them as formulas)',
  'cli.export.tags': 'only these tags, comma-separated',
  'cli.export.tagPriority': 'conll and spacy ents: where spans overlap, these tags win, in this order',
  'cli.export.status': 'only documents with these statuses (not-started, in-progress, done), comma-separated',
  'cli.export.outlet': 'only documents from this outlet (repeat for several)',
  'cli.export.documents': 'only these document ids, comma-separated',
  'cli.export.annotator': 'only annotations by this annotator (repeat for several; "curated" exports the curated layer alone, the gold set)',
  'cli.export.severalFiles': '{format} is several files: give --out with a .zip file or a new folder.',
  'cli.export.exported':
    'Exported {count, number, ::group-off} documents ({format}, {offsets} offsets) to {path} ({bytes, number, ::group-off} bytes).',

  // tessera backups, tessera restore
  'cli.backups.description': "list the project's backups, newest first (read-only)",
  'cli.backups.name': 'name',
  'cli.backups.created': 'created',
  'cli.backups.reason': 'reason',
  'cli.backups.documents': 'documents',
  'cli.backups.check': 'check',
  'cli.backups.verified': 'verified',
  'cli.backups.readable': 'readable',
  'cli.backups.unchecked': 'unchecked',
  'cli.backups.damaged': 'damaged: {problems}',
  'cli.restore.description':
    'restore the project from a backup (the current state is backed up first, so this can be undone); when project.json is damaged, only project.json is restored (or rebuilt with --rebuild) and the documents are kept',
  'cli.restore.rebuild': 'project.json is damaged and no backup has a readable one: rebuild it from what it still holds and the documents',
  'cli.restore.backup': 'the backup name, as tessera backups lists it',
  'cli.restore.nameTheBackupOrRebuild': '{dir}/project.json is damaged: name the backup to take it from (tessera backups --project {dir}), or give --rebuild.',
  'cli.restore.projectFileRestored': 'Restored project.json of {dir} from the backup {backup}; the documents are as they were.',
  'cli.restore.projectFileRebuilt': 'Rebuilt project.json of {dir}; the documents are as they were.',
  'cli.restore.documentsListedAgain': '{count, number, ::group-off} document(s) the file did not list (added since the backup) are listed again.',
  'cli.restore.nothingToRebuild': '{dir}/project.json is readable: there is nothing to rebuild.',
  'cli.restore.nameTheBackup': 'name the backup to restore (tessera backups --project {dir} lists them).',
  'cli.restore.restored': 'Restored {project} from {backup}. To undo, run: tessera restore --project {project} {undo}',

  // Handing work to the Tessera that has the project open.
  'cli.handoff.openInDesktopApp': 'The project is open in Tessera: import with File ▸ Import…, or close the app and run this again.',
  'cli.handoff.unreadableAnswer': 'The running Tessera answered {status, number, ::group-off} without a readable body.',
  'cli.handoff.refusedImport': 'The running Tessera refused the import: {reason}',
  'cli.handoff.refusedDeletion': 'The running Tessera refused the deletion: {reason}'
} as const satisfies Record<`cli.${string}`, string>
