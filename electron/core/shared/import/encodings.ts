/** The encodings import reads. Anything else is refused rather than guessed. */
export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1256', 'iso-8859-6', 'windows-1252', 'iso-8859-1'] as const
export type TextEncoding = (typeof TEXT_ENCODINGS)[number]
