/** English: words used across screens. Keys start with `common.`; plurals as ICU `{count, plural, one {…} other {…}}`. */
export const common = {
  'common.articles': '{count, plural, one {# article} other {# articles}}',
  'common.undated': 'undated',
  /** Text with no message of its own (a library's error, a line of a file), shown as it is. */
  'common.verbatim': '{text}',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.save': 'Save',
  'common.delete': 'Delete',
  'common.ok': 'OK',
  'common.language': 'Language',
  'common.language.system': 'System language',
  'common.language.en': 'English',
  'common.language.ar': 'العربية',
  'common.digits': 'Digits',
  'common.digits.arab': 'Arabic-Indic digits (٠١٢)',
  'common.digits.latn': 'Western digits (012)'
} as const satisfies Record<`common.${string}`, string>
