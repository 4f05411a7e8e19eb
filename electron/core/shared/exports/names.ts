/** The export formats and offset units by name, free of zod: the CLI lists them in its help without loading the core. */
export const EXPORT_FORMATS = ['jsonl', 'csv', 'w3c', 'brat', 'conll', 'spacy'] as const

/** Exports count offsets in code points by default (Python, spaCy, W3C); `utf16` is JavaScript's unit. */
export const OFFSET_UNITS = ['codepoint', 'utf16'] as const
