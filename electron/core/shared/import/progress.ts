/**
 * One step of an import call, file by file: `reading` as the core starts reading and checking a file,
 * `read` once it has (the file is then stored with its batch, even if the import stops now, or reported
 * failed or skipped). `files` are the file and the companions read with it (brat's .txt beside its
 * .ann), or sidecars skipped together.
 */
export interface ImportFileProgress {
  step: 'reading' | 'read'
  files: string[]
}
