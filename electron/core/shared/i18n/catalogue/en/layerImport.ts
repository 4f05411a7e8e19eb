/** English: importing a colleague's annotations as their layer (`import.files` with `asLayer`): what was matched, moved, renamed or left out. Keys start with `layerImport.`; user text in values. */
export const layerImport = {
  // A file's problem, said after its name.
  'layerImport.noAuthor':
    'has {count, plural, one {# annotation that names} other {# annotations that name}} no author: say whose layer it is (`--annotator NAME`, or the import dialog\'s annotator field).',

  // Warnings of one document of the file.
  'layerImport.idRenamed': '{origin}: the id {id} of the {span} is already used in "{title}"; the annotation was given the new id {newId}.',
  'layerImport.span.notFound': '{origin}: left out the {span}: its text "{quote}" is not found near that place in the project\'s version of "{title}".',
  'layerImport.span.ambiguous':
    '{origin}: left out the {span}: its text "{quote}" occurs {count, plural, one {# time} other {# times}} near that place in "{title}" and its context does not tell which.',
  'layerImport.span.tooMany': '{origin}: left out the {span}: its text "{quote}" occurs more than {count} times near that place in "{title}", too often to tell which.',
  'layerImport.spansMoved':
    '{origin}: the text of "{title}" differs from the file\'s; {count, plural, one {# span was found by its text and moved} other {# spans were found by their text and moved}}.',
  'layerImport.ownAnnotations':
    '{origin}: left out {count, plural, one {# annotation} other {# annotations}} by {author}, the name you annotate under: a layer import never changes your own annotations.',
  'layerImport.crossRelations': '{file}: left out {count, plural, one {# relation} other {# relations}} across documents: a layer import adds only relations within a document.',
  'layerImport.noAuthorNamed': '{file}: {count, plural, one {# annotation names} other {# annotations name}} no author; given to {annotator}.',

  // The report as the CLI prints it, one line each.
  'layerImport.line.added':
    'Layer {file}: added {added, plural, one {# annotation} other {# annotations}} by {authors} to "{title}" ({matchedBy, select, id {matched by id} text {matched by its text} other {a near-duplicate, {percent, number}% similar}}){replaced, plural, =0 {} one {, replacing # from an earlier import} other {, replacing # from an earlier import}}',
  'layerImport.line.unchanged': 'Layer {file}: "{title}" already holds this layer by {authors}; nothing changed',
  'layerImport.line.notFound': 'Not in the project {file}: "{title}" (a layer import adds to documents the project holds; not added)',
  'layerImport.line.counts': 'Layers added to {documents, number, ::group-off} documents; {notFound, number, ::group-off} not found; failed {failed, number, ::group-off}.'
} as const satisfies Record<`layerImport.${string}`, string>
