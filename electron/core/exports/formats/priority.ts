import type { ExportContext } from '../../shared/exports/format-exporter'

/** The order in which tags win where spans overlap: the user's choice first, then the project's tag order. */
export function tagPriority(context: ExportContext): string[] {
  const chosen = context.options.tagPriority ?? []
  return [...chosen, ...context.tags.map((t) => t.id).filter((id) => !chosen.includes(id))]
}
