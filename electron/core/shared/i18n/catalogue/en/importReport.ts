/** English: an import's report: warnings, skip and failure reasons, what happened to spans, tags and relations on the way in. Keys start with `importReport.`; user text in values. */
export const importReport = {
  'importReport.couldNotBeImported': 'could not be imported ({reason})',

  // A file's problem, said after its name ("a.txt is empty.").
  'importReport.overLimit': 'is {size}, over the import limit of {limit}.',
  'importReport.empty': 'is empty.',
  'importReport.noDocument': 'holds no document.',
  'importReport.document.nul': 'is not text: it holds NUL characters.',
  'importReport.document.noText': 'is empty: there is no text to annotate.',
  'importReport.document.tooLong': 'is longer than {millions, number, ::group-off} M characters, more than one document may hold: split it.',
  'importReport.document.spansNotCarried': 'has a text that normalises in a way Tessera cannot carry spans through exactly; nothing was imported from it.',

  // Files that are not imported on their own.
  'importReport.sidecar.notDocument': '{kind}: not a document, skipped',
  'importReport.sidecar.readWith': '{kind}: read with the annotation files beside it',
  'importReport.sidecar.bratTags': "brat's tag set (annotation.conf)",
  'importReport.sidecar.bratDisplay': "brat's display settings (visual.conf)",
  'importReport.sidecar.bratTools': "brat's tool settings (tools.conf)",
  'importReport.sidecar.bratShortcuts': "brat's keyboard shortcuts (kb_shortcuts.conf)",
  'importReport.sidecar.tesseraMetadata': 'the metadata of a Tessera brat export (tessera.json)',
  'importReport.sidecar.bratStatistics': "brat's statistics cache",
  'importReport.sidecar.metadata': 'a metadata sidecar ({name})',
  'importReport.sidecar.besideBrat': "{name} sits beside brat's .txt/.ann pairs and is not one of them (a README, LICENSE or other file of the folder)",

  // Warnings and reasons of one file or document.
  'importReport.fileNote': '{file}: {note}',
  'importReport.documentSkipped': '{origin}: skipped, {reason}',
  'importReport.sameTextImportedAnyway': 'the same text, imported anyway',
  'importReport.documentFieldsAdded': '{file}: added the document {count, plural, one {field} other {fields}} {fields}.',
  'importReport.lineEndings':
    '{origin}: made {count, number, ::group-off} Windows {count, plural, one {line ending} other {line endings}} (CRLF) LF; every offset was moved with the text, the text is otherwise kept as given.',
  'importReport.span': '{tag} span {start, number, ::group-off}–{end, number, ::group-off}',
  'importReport.span.asGiven': '{tag} span {start}–{end}',
  'importReport.span.doesNotFit':
    '{origin}: dropped the {span}: it does not fit the text ({length, number, ::group-off} UTF-16 units, offsets in {unit, select, codepoint {code points} other {UTF-16 units}}).',
  'importReport.span.onlyRemoved': '{origin}: dropped the {span}: it held only characters that normalisation removes (white space, line endings).',
  'importReport.span.widened': '{origin}: widened the {span} to whole characters: an end fell inside characters normalisation combined (an accent, CRLF).',
  'importReport.span.noTag': '{origin}: left out the {span}: the project has no tag "{tag}" and new tags were not to be added.',
  'importReport.attribute.leftOut': '{origin}: left out an attribute of a {tag} span ({problem}).',
  'importReport.attribute.undefined': 'the tag {tag} has no attribute {attribute}',
  'importReport.entity.unlinked': '{origin}: left a {tag} span unlinked: the file names no {tag} entity {entity}.',
  'importReport.relation.leftOut': '{origin}: left out a {type} relation: {reason}',
  'importReport.relation.noSuchType': 'this project defines no such relation type (define it in Project settings, then import again).',
  'importReport.relation.spanNotImported': '{origin}: dropped a {type} relation whose span was not imported.',

  // Relations across documents (each reason a sentence of its own, ending with its full stop).
  'importReport.cross.leftOut': '{origin}: left out a {type} relation to a span of the document {document}: {reason}',
  'importReport.cross.builtIn': 'a {type} relation joins annotations of one document.',
  'importReport.cross.sameDocument': 'both its ends are in one document of the project.',
  'importReport.cross.spanNotImported': 'its {role, select, source {source} other {target}} span {annotation} was not imported.',
  'importReport.cross.noDocument': 'its {role, select, source {source} other {target}}’s document {document} is neither imported from this file nor in the project.',
  'importReport.cross.withoutId': '(without an id)',
  'importReport.cross.noAnnotation': 'the project’s document {document} (“{title}”) holds no annotation {annotation}.',
  'importReport.cross.notWritten':
    '{file}: its documents were imported, but not its {count, number, ::group-off} {count, plural, one {relation} other {relations}} across documents: {reason} None of them was written: the documents are stored without them.',
  'importReport.sentence': '{text}.',

  // What a file declares of tags and attributes that the import could not follow.
  'importReport.tags.conflict':
    "The file defines the {tag} attribute {attribute} as {theirs}, the project as {ours}: the project's definition is kept; values that do not fit it are left out ({conflict}).",
  'importReport.tags.notAdded':
    'The file declares the {tag} attribute {attribute}, which the project lacks; not added, as new tags and attributes were not to be added: its values are left out.',
  'importReport.tags.invalid': "The file's {tag} attribute {attribute} is not a definition Tessera can keep ({problem}); its values are left out.",
  'importReport.tags.invalidDefault': 'invalid',
  'importReport.tags.full': 'The {tag} attribute {attribute} was not added: the tag already has {max, number, ::group-off} attributes, the most a tag may have; its values are left out.',
  'importReport.tags.otherType':
    '{theirs, select, text {text} number {number} choice {choice} flag {flag} other {{theirs}}} values are not {ours, select, text {text} number {number} choice {choice} flag {flag} other {{ours}}} values',
  'importReport.tags.missingChoices': 'the project has no choice {choices}',
  'importReport.tags.choiceOf': 'a choice of {values}',
  'importReport.tags.yesOrNo': 'yes or no',
  'importReport.tags.type': '{type, select, text {text} number {number} other {{type}}}',

  // A file that broke a budget or lost its import worker.
  'importReport.worker.stopped': 'was not read: the import was stopped.',
  'importReport.worker.closed': 'was not read: the import workers were closed.',
  'importReport.worker.didNotStart': 'was not read: the import worker did not start.',
  'importReport.worker.outOfMemory': 'needed more than {megabytes, number, ::group-off} MB of memory to read.',
  'importReport.worker.crashed': 'could not be imported (the import worker stopped: {error}).',
  'importReport.worker.exited': 'could not be imported (the import worker stopped with exit code {code}).',
  'importReport.worker.tooSlow': 'took longer than {time} to read.',
  'importReport.seconds': '{seconds, number, ::group-off} s',
  'importReport.secondsTenths': '{seconds, number, ::.0 group-off} s',

  // The files the CLI could not read from disk.
  'importReport.path.missing': 'does not exist.',
  'importReport.path.unreadable': 'cannot be read ({error}).',
  'importReport.path.denied': 'cannot be read: permission denied.',
  'importReport.path.notAFolder': 'does not exist (a part of its path is not a folder).',
  'importReport.path.loop': 'is a symbolic link that loops.',
  'importReport.path.brokenLink': 'is a broken symbolic link.',
  'importReport.path.tooLargeToHandOff':
    'is {size}: a file over {limit} is imported line by line only by `tessera import` itself, and the project is open in Tessera. Close it there and run the import again.',

  // The report as the CLI prints it, one line each.
  'importReport.line.imported': 'Imported {file}: {title}',
  'importReport.line.importedAnnotations': 'Imported {file}: {title} ({count, number, ::group-off} annotations)',
  'importReport.line.duplicate': 'Skipped {file}: the same text as "{title}" (import it anyway with --allow-duplicates)',
  'importReport.line.nearDuplicate': 'Near-duplicate {file}: "{title}" is close to "{similar}" ({reason})',
  'importReport.line.encoding': 'Encoding {file}: {encoding}',
  'importReport.line.newTag': 'New tag {id}: {label}',
  'importReport.line.newAttribute': 'New attribute {id} of the tag {tag}: {label} ({type})',
  'importReport.line.warning': 'Warning {warning}',
  'importReport.line.skipped': 'Skipped {file}: {reason}',
  'importReport.line.failed': 'Failed {file}: {reason}',
  'importReport.line.counts': 'Imported {imported, number, ::group-off}, skipped {skipped, number, ::group-off} (duplicates), failed {failed, number, ::group-off}.'
} as const satisfies Record<`importReport.${string}`, string>
