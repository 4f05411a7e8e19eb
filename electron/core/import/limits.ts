/**
 * The largest file import reads: 50 MB (50 × 1024 × 1024 bytes). Larger files are refused before they
 * are parsed, naming the limit, so a huge file can never freeze the app. Stated in the README. The
 * same as the store's MAX_IMPORT_BYTES (CLI reads); kept free of Node imports so the renderer can show it.
 */
export const MAX_IMPORT_FILE_BYTES = 50 * 1024 * 1024

export function describeBytes(bytes: number): string {
  const megabytes = bytes / 1024 / 1024
  return megabytes >= 1 ? `${megabytes.toFixed(megabytes >= 10 ? 0 : 1)} MB` : `${bytes} bytes`
}
