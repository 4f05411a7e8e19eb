import { useProjectState } from '../store/context'

/**
 * The counts on the panes' tabs: the documents once the list is in, the shown article's annotations once
 * the project and that article are wholly read; null until then, so a tab never says zero meanwhile.
 */
export function usePaneCounts(document: { readonly annotations: readonly unknown[] } | null): { documentCount: number | null; annotationCount: number | null } {
  const documentCount = useProjectState((state) => (state.documentsLoaded ? state.documents.length : null))
  const annotationsKnown = useProjectState((state) => state.projectLoaded && !state.documentLoading)
  return { documentCount, annotationCount: annotationsKnown ? (document?.annotations.length ?? 0) : null }
}
