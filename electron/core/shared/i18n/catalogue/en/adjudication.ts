/** English: what the core says about adjudication (core/adjudication): its errors and its undo steps. */
export const adjudication = {
  'history.adjudication.accept': 'take {annotator}’s version in ‘{title}’',
  'history.adjudication.spans': 'write the curated version in ‘{title}’',
  'history.adjudication.agreed': 'take the agreed spans of ‘{title}’',
  'problems.adjudication.noSuchStretch':
    'There is no disagreement at {start}–{end} in ‘{title}’ any more: the layers changed since the review was read. Read it again.',
  'problems.adjudication.noSuchVersion': '{annotator} has no version of ‘{title}’ to take. The versions are: {known}.',
  'problems.adjudication.spanOutside': 'The span {start}–{end} lies outside the disagreement being decided ({from}–{to}).',
  'problems.adjudication.curatedIsNoAnnotator': 'The curated layer is the result of adjudication, not one of the versions adjudicated: leave “{name}” out of the annotators.'
}
