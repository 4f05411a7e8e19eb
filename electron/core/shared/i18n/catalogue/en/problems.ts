/** English: the core's errors outside import and export: invalid input, not found, locks, saves, projects, backups. Keys start with `problems.`; user text in values. */
export const problems = {
  // Part 1: the API's own checks, annotations, tags, documents, search, views and the store.
  'problems.core.projectChanged': 'This window still showed the project in {shown}, but {open} is open now: the window reloads it.',
  'problems.core.unknownMethod': 'There is no method "{method}".',
  'problems.core.invalidInput': '{method}: {problems}',
  'problems.core.invalidInputMore':
    '{method}: {problems}; … and {more, plural, one {# more problem} other {{more, number, ::group-off} more problems}}',
  'problems.core.unexpected': 'Unexpected error: {message}',
  'problems.core.join': '{first}; {rest}',
  'problems.core.list': '{first}, {rest}',

  'problems.annotations.alreadyExists': 'Annotation {id} already exists in "{title}".',
  'problems.annotations.noSuchAttribute': 'The tag {tag} has no attribute "{attribute}" (its attributes: {known}).',
  'problems.annotations.noAttributes': 'none',
  'problems.annotations.valueDoesNotFit': '{problem}: {value} does not fit.',
  'problems.annotations.attributeIsText': '{attribute} is text',
  'problems.annotations.attributeIsNumber': '{attribute} is a number',
  'problems.annotations.attributeIsFlag': '{attribute} is yes or no',
  'problems.annotations.attributeIsChoice': '{attribute} is one of {values}',
  'problems.annotations.unknownTag': 'Unknown tag "{tag}": this project\'s tags are {tags}.',
  'problems.annotations.alreadyTagged': '"{quote}" is already tagged {tag}.',
  'problems.annotations.spanBackwards': 'A span must end after it starts (start {start, number, ::group-off}, end {end, number, ::group-off}).',
  'problems.annotations.spanPastEnd':
    'The span {start, number, ::group-off}–{end, number, ::group-off} runs past the end of the text ({length, number, ::group-off} UTF-16 units).',
  'problems.annotations.spanCutsCharacter':
    'The span {start, number, ::group-off}–{end, number, ::group-off} cuts a character (an emoji or other astral character) in half.',
  'problems.annotations.notFound': 'No annotation {id} in document "{title}".',
  'problems.annotations.noneReported': 'The command reported no annotation.',
  'problems.annotations.nothingToTag': 'Nothing to tag: the selection holds only spaces and punctuation.',

  'problems.tags.notFound': 'There is no tag "{tag}" in this project.',
  'problems.tags.moveToItself': 'Choose another tag than {tag} to move its annotations to.',
  'problems.tags.tooMany': 'A project has at most {max, number, ::group-off} tags.',
  'problems.tags.idTaken': 'A tag with id "{id}" already exists.',
  'problems.tags.needsLabel': 'A tag needs a label.',
  'problems.tags.labelTaken': 'Another tag is already called "{label}".',
  'problems.tags.keyTaken': 'The key {key} already applies the tag {tag}; choose another key or free it first.',
  'problems.tags.attributeTwice': 'The tag {tag} defines the attribute "{attribute}" twice.',
  'problems.tags.notAColour': '{colour} is not a colour of the form #rrggbb.',
  'problems.tags.hardToRead': 'The colour {colour} would be hard to read: {problems}. {advice}',
  'problems.tags.textContrast':
    'text on its highlight is {measured}:1 in the {theme, select, light {light} other {dark}} theme (needs {needed}:1)',
  'problems.tags.underlineContrast':
    'its underline is {measured}:1 against the {theme, select, light {light} other {dark}} page (needs {needed}:1)',
  'problems.tags.chooseDarker': 'Choose a darker colour.',
  'problems.tags.chooseLighter': 'Choose a lighter colour.',

  'problems.documents.relationExists': 'Relation {id} already exists in "{title}".',
  'problems.documents.relationNotFound': 'No relation {id} in document "{title}".',
  'problems.documents.notFoundNothingDeleted':
    'No document with {count, plural, one {id {ids}} other {ids {ids}}} in this project; nothing was deleted.',
  'problems.documents.noSuchField': 'There is no document field "{field}" in this project.',
  'problems.documents.fieldValue': '{problem}.',
  'problems.documents.fieldIsText': '{field} is text',
  'problems.documents.fieldIsNumber': '{field} is a number',
  'problems.documents.fieldIsChoice': '{field} is one of {values}',
  'problems.documents.fieldIsList': '{field} is a list of {values}',
  'problems.documents.fieldHasNoValue': '{field} has no value "{value}" (its values: {values})',
  'problems.documents.fieldValueTwice': '{field} lists a value twice',
  'problems.documents.notText': '{file} is not a text file (it holds NUL bytes).',
  'problems.documents.empty': '{file} is empty: there is no text to annotate.',

  'problems.search.tooManyToTag':
    '‘{query}’ matches {total, number, ::group-off} untagged places; tagging more than {max, number, ::group-off} at once is refused. Narrow the search (whole word, case, one document).',
  'problems.search.noTerms': 'type a word or a "phrase" to search for',
  'problems.search.pattern': 'The pattern {problem} at character {at, number, ::group-off}.',
  'problems.search.unexpected': 'unexpected "{character}"',
  'problems.search.repeatsAnchor': 'repeats an anchor',
  'problems.search.countsPast': 'counts past {max, number, ::group-off}',
  'problems.search.countBelowMinimum': 'has a count whose maximum is below its minimum',
  'problems.search.nothingToRepeat': 'has nothing to repeat',
  'problems.search.unsupported': 'uses {construct} {syntax}, which a linear-time search cannot run',
  'problems.search.lookahead': 'lookahead',
  'problems.search.negativeLookahead': 'negative lookahead',
  'problems.search.lookbehind': 'lookbehind',
  'problems.search.negativeLookbehind': 'negative lookbehind',
  'problems.search.unfinishedGroupName': 'has an unfinished group name',
  'problems.search.groupModifier': 'uses a group modifier (?…) that is not supported',
  'problems.search.missingParenthesis': 'is missing a closing ")"',
  'problems.search.missingBracket': 'is missing a closing "]"',
  'problems.search.loneBackslash': 'ends with a lone "\\"',
  'problems.search.backreference': 'uses a backreference, which a linear-time search cannot run',
  'problems.search.unfinishedProperty': "has an unfinished \\p'{…}'",
  'problems.search.unfinishedCodePoint': "has an unfinished \\u'{…}'",
  'problems.search.invalidPart': 'has an invalid part {part} ({reason})',
  'problems.search.tooLarge': 'The pattern is too large to run (more than {max, number, ::group-off} steps per character); use smaller counts.',
  'problems.search.tookTooLong': 'The search took too long and was stopped; narrow it (fewer documents, a more specific pattern).',

  'problems.store.diskFull': 'The disk is full: could not save {folder}. Free some space, then try again.',
  'problems.store.readOnlyFolder':
    'The folder {folder} is read-only: Tessera cannot lock or save the project there. Copy the project to a folder you can write to, or give yourself write permission on it; it can still be read (tessera list, tessera export).',
  'problems.store.inputOutput':
    'Could not write to {folder}: the disk reported an input/output error (it may be failing or was removed). Check the drive, then try again.',
  'problems.store.theProjectFolder': 'the project folder',
  'problems.store.documentNotFound': 'No document with id {id} in this project.',
  'problems.store.fileProblem': '{path} {problem}',
  'problems.store.readFailed': '{path}: {reason}',
  'problems.store.notJson': 'is not valid JSON: {reason}',
  'problems.store.empty': 'is empty.',
  'problems.store.unexpectedContent': 'does not hold what Tessera expects{issue}',
  'problems.store.issueAt': ' at {path}: {detail}',
  'problems.store.issueHere': ': {detail}',
  'problems.store.issueDetail': '{subject}{message}',
  'problems.store.issueTooMany': '{subject}has {count, number, ::group-off} {items}, over the limit of {max, number, ::group-off}',
  'problems.store.issueTooManyUncounted': '{subject}has more {items}, over the limit of {max, number, ::group-off}',
  'problems.store.issueInTag': 'the tag "{label}" ',
  'problems.store.issueInItem': 'the item "{label}" ',
  'problems.store.issueInvalid': 'invalid',
  'problems.store.doesNotFit': ': it does not fit the schema',
  'problems.store.wouldNotOpen': 'Not written to {path}: it would no longer open (its content would be wrong{problem}).',
  'problems.store.socketOrDevice': 'is not a regular file (a socket or device): Tessera reads only plain files.',
  'problems.store.notRegularFile':
    'is not a regular file ({kind, select, folder {a folder} fifo {a FIFO} device {a device} socket {a socket} other {not a plain file}}): Tessera reads only plain files.',
  'problems.store.tooLarge': 'is too large ({size} MB; the limit is {limit} MB).',
  'problems.store.grewTooLarge': 'is too large (it grew past the limit of {limit} MB while being read).',
  'problems.store.documentMissing': '{path} is missing: the project lists it but the file is gone.',
  'problems.store.otherDocument': '{path} holds document "{found}", not "{id}" as {listing} says: Tessera will not use it under either id.',
  'problems.store.journalMismatch':
    '{journal} holds changes that {json} does not, and {json} was replaced after the journal began. Tessera keeps both files as they are; restore {json} from a backup or move the journal away to open the document without those changes.',
  'problems.store.newerDocument':
    '{path} was written by a newer Tessera (document schema {version, number, ::group-off}; this version knows up to {known, number, ::group-off}). Open the project with that newer version; the file was not changed.',
  'problems.store.newerProject':
    '{path} was written by a newer Tessera (project schema {version, number, ::group-off}; this version knows up to {known, number, ::group-off}). Open it with that newer version; nothing was changed.',
  'problems.store.journalEmpty': '{path} is empty: it should start with a header line.',
  'problems.store.journalHeader': '{path} line 1 is not a journal header Tessera knows.',
  'problems.store.journalLineDamaged': '{path} line {line, number, ::group-off} is damaged: {detail}',
  'problems.store.journalLineDamagedBare': '{path} line {line, number, ::group-off} is damaged:',
  'problems.store.journalLineNotJson': '{path} line {line, number, ::group-off} is damaged: it is not JSON.',
  'problems.store.invalidDocumentId': '"{id}" is not a valid document id.',
  'problems.store.duplicateDocument': 'A document with id {id} already exists in {dir}.',
  'problems.store.openedReadOnly': 'The project {dir} was opened read-only.',
  'problems.store.keptInMemory':
    '{problem} The change is kept in memory, not saved: Tessera saves it as soon as the disk allows, or when you retry.',
  'problems.store.notAProject': '{dir} is not a Tessera project: it has no {file}.',
  'problems.store.foreignFolder':
    '{dir} is not a Tessera project (no {file}) and is not empty ({entries}…). Choose an empty folder or an existing project.',
  'problems.store.pathThroughFile': '{dir} cannot be a project folder: a part of its path is a file, not a folder.',
  'problems.store.fileNotFolder': '{path} is a file, not a folder: it cannot hold a project.',
  'problems.store.noParentFolder': '{dir} cannot be a project folder: none of its parent folders exists.',
  'problems.store.systemFolder':
    '{dir} cannot be a project folder: {root} is a system folder that holds no ordinary files. Choose a folder on a disk, such as one in your home folder.',
  'problems.store.systemFileSystem':
    '{dir} cannot be a project folder: {folder} is on a system file system that holds no ordinary files. Choose a folder on a disk, such as one in your home folder.',
  'problems.store.cannotCreateFile': '{dir} cannot hold a project: Tessera could not create a file in it ({reason}).',
  'problems.store.closedDuringBackup': 'The project {dir} was closed during a backup; the backup was not finished.',
  'problems.store.backupDamaged':
    'The backup {name} is damaged, so nothing was restored: {problems} Restore an older backup (tessera backups, or Backups in the app, marks which are verified).',
  'problems.store.andMore': '{shown} (and {more, number, ::group-off} more)',
  'problems.store.backupUnrestorable': 'The backup {name} cannot be restored: {problem}',
  'problems.store.noBackupWithDocument': 'No backup in {folder} holds a readable copy of document {id}.',
  'problems.store.backupCopyChanged':
    'The copy of document {id} in the backup {backup} changed while it was being restored; nothing was changed.',
  'problems.store.noSuchBackup': 'There is no backup named "{name}" in {folder}; tessera backups lists them.',
  'problems.store.movedAside': ' It was moved to {path}, with a note of why.',
  'problems.store.damagedDocument': '{problem}{moved}{remedy}',
  'problems.store.newestBackupHasIt':
    ' The newest backup that has it is {backup}: restore the document from it (tessera restore, or Backups in the app).',
  'problems.store.noBackupHasIt': ' No backup holds it yet.',
  'problems.store.quarantinedDocument': '{path} was damaged ({reason}) and moved to {movedTo} on {when}.{remedy}',
  'problems.store.projectDamaged': 'The project {dir} cannot be opened: {problem}.{moved} {advice}',
  'problems.store.projectQuarantined':
    'The project {dir} cannot be opened: its {file} was damaged ({reason}) and moved to {movedTo} on {when}. {advice}',
  'problems.store.restoreProjectFrom':
    'The newest backup with a readable {file} is {backup}: run tessera restore --project {dir} {backup} (in the app: Restore on the start screen). The documents stay as they are.',
  'problems.store.rebuildProject':
    'No backup holds a readable {file}: rebuild it from the documents with tessera restore --project {dir} --rebuild (in the app: Rebuild on the start screen). The documents stay as they are.',
  'problems.views.offsetsInCodePoints': "Offsets in code points (Python's text[start:end]), as the main export writes them.",
  'problems.views.offsetsInUtf16': "Offsets in UTF-16 units (JavaScript's text.slice).",
  'problems.store.noSavedSearch': 'No saved search has the id {id}.',
  'problems.store.lockKeptTaken': 'Could not take the lock {path}: other processes keep taking it. Try again.',
  'problems.store.beingOpened': 'The project {dir} is being opened by another process right now. Try again in a moment.',
  'problems.store.lockBeingWritten':
    'The project {dir} is being opened by another process right now (its lock {path} is still being written). Try again in a moment.',
  'problems.store.openOnAnotherComputer':
    'The project {dir} is open in Tessera on another computer ({host}, pid {pid}). Close it there first. If no Tessera is running there, delete {path} and try again.',
  'problems.store.openHere':
    'The project {dir} is already open here, in this Tessera (pid {pid}, since {since}): use it where it is open, or close it first.',
  'problems.store.lockedByUnknown':
    'The project {dir} is locked by pid {pid}, which is running but may not be Tessera (this system does not let Tessera check). Close Tessera if it is open; otherwise delete {path} and try again.',
  'problems.store.inUseByCommand':
    'The project {dir} is in use by another tessera command ({holder}, pid {pid}, since {since}). Wait for it to finish, then run this again.',
  'problems.store.openInAnotherProcess':
    'The project {dir} is already open in another Tessera process (pid {pid} on {host}, since {since}). Close it there first. If no Tessera is running there, delete {path} and try again.',
} as const satisfies Record<`problems.${string}`, string>
