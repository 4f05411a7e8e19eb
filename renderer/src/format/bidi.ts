/**
 * User text inside a plain string (an SVG label, an option, a tooltip), isolated with FIRST STRONG ISOLATE …
 * POP DIRECTIONAL ISOLATE: the string equivalent of `<bdi>`, so an Arabic outlet beside Latin text or digits
 * keeps its own order instead of pulling its neighbours into its run.
 */
export function isolated(text: string): string {
  return `\u2068${text}\u2069`
}
