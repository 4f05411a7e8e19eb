/**
 * English: the history messages, what an undoable action did ("tag ‘Hama’ as Place") and the moves
 * that name it ("Undo …", "Undone: …"). Keys start with `history.`; plurals as ICU `{count, plural, one {…} other {…}}`.
 * The core renders these in English as each entry's label: changing a word here changes the CLI and the tests.
 */
export const history = {
  'history.undo': 'Undo {action}',
  'history.redo': 'Redo {action}',
  // An action reads as an order ("edit the details of …"): after "Undo" it is the button's words, but after
  // a past tense it would not be English, so what was done names the action as a label.
  'history.undid': 'Undone: {action}',
  'history.redid': 'Redone: {action}',
  /** Two or more changes of one action, in the order made: "rename tag A to B, recolour tag B". */
  'history.andThen': '{first}, {rest}',

  'history.annotation.tag': 'tag ‘{quote}’ as {tag}',
  'history.annotation.retag': 'retag ‘{quote}’ as {tag}',
  'history.annotation.delete': 'delete ‘{quote}’',
  'history.annotation.resize': 'resize ‘{before}’ to ‘{after}’',
  'history.annotation.note': 'edit the note on ‘{quote}’',
  'history.annotation.attribute': 'set {attribute} of ‘{quote}’',
  // A count as written before ("all 1200 matches"), not grouped: the English labels stay as they were.
  'history.annotation.tagAll': 'tag {count, plural, one {the 1 match} other {all {count} matches}} of ‘{quote}’ as {tag}',

  'history.tag.add': 'add tag {tag}',
  'history.tag.rename': 'rename tag {tag} to {newLabel}',
  'history.tag.recolour': 'recolour tag {tag}',
  'history.tag.removeKey': 'remove the key of {tag}',
  'history.tag.setKey': 'set the key of {tag} to {key}',
  'history.tag.attributes': 'edit the attributes of {tag}',
  'history.tag.guideline': 'edit the guideline of {tag}',
  'history.tag.edit': 'edit tag {tag}',
  'history.tag.move': 'move tag {tag}',
  'history.tag.delete': 'delete tag {tag} and its annotations',
  'history.tag.deleteMoving': 'delete tag {tag}, moving its annotations to {target}',

  'history.entity.create': 'create entity ‘{name}’',
  'history.entity.edit': 'edit entity ‘{name}’',
  'history.entity.merge': 'merge into ‘{name}’',
  'history.entity.delete': 'delete entity ‘{name}’',
  'history.entity.link': 'link ‘{quote}’',
  'history.entity.unlink': 'unlink ‘{quote}’',
  'history.entity.linkAll': 'link all ‘{name}’',
  'history.entity.linkMatches': 'link {count, plural, one {a mention} other {# mentions}} of known entities',
  'history.entity.rejectSuggestion': 'reject a suggestion',

  'history.relation.addAttributedTo': 'add a relation (attributed-to)',
  'history.relation.addStatedIn': 'add a relation (stated-in)',
  'history.relation.add': 'add a relation ({type})',
  'history.relation.remove': 'remove a relation',
  'history.importLayer': 'import {file} as a layer',
  'history.relation.editTypes': 'edit the relation types',

  'history.document.markNotStarted': 'mark ‘{title}’ not started',
  'history.document.markInProgress': 'mark ‘{title}’ in progress',
  'history.document.markDone': 'mark ‘{title}’ done',
  'history.document.markDoneForMe': 'mark ‘{title}’ done for me',
  'history.document.unmarkDoneForMe': 'mark ‘{title}’ not done for me',
  'history.document.details': 'edit the details of ‘{title}’',
  'history.document.delete': 'delete ‘{title}’',
  // Only ever two or more: one document is deleted by its title.
  'history.document.deleteMany': 'delete {count} documents',
  'history.document.setField': 'set {field} of ‘{title}’',
  'history.document.editFields': 'edit the document fields'
} as const satisfies Record<`history.${string}`, string>
