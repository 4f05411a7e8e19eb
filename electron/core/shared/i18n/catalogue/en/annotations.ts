/** English: the annotations messages. Keys start with `annotations.`; plurals as ICU `{count, plural, one {…} other {…}}`. */
export const annotations = {
  'annotations.pane': 'Annotations',
  'annotations.paneCount': 'Annotations, {count, number}',
  'annotations.annotator': 'Annotator',
  'annotations.everyone': 'Everyone ({count, number})',
  'annotations.unknownAuthor': 'unknown',
  'annotations.empty': "Select text in the article, then press a tag's key (1–4).",
  'annotations.list': 'Annotations of this document',
  'annotations.inParagraph': ', paragraph {paragraph, number}',
  'annotations.paragraph': 'paragraph {paragraph, number}',
  'annotations.made': '{author}, {when}',
  'annotations.flagNotSet': 'not {label}',

  'annotations.details': 'Annotation details',
  'annotations.detailsTitle': 'Details',
  'annotations.closeDetails': 'Close details',
  'annotations.tag': 'Tag',
  'annotations.note': 'Note',
  'annotations.saving': 'Saving…',
  'annotations.notANumber': 'Not a number',
  'annotations.author': 'Author',
  'annotations.created': 'Created',
  'annotations.changed': 'Changed',

  'annotations.counted.placeholder': 'e.g. militants killed',
  'annotations.counted.noValues': 'No values yet: type one',
  'annotations.counted.near': 'Other figures say <value>‘{counted}’</value> ({count, plural, one {# figure} other {# figures}}).',
  'annotations.counted.useNear': 'Use ‘{counted}’',
  'annotations.counted.figures': '{count, plural, one {# figure} other {# figures}}',
  'annotations.counted.alreadyUsed': 'already used by {count, plural, one {# figure} other {# figures}}, spelled this way',
  'annotations.counted.new': 'Use ‘{value}’ as a new value'
} as const satisfies Record<`annotations.${string}`, string>
