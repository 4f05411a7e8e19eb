import type { SpanTarget } from '../views/span-target'

let opener: ((target: SpanTarget) => void) | null = null

/** The workbench's way to open an article at an annotation (set once by App), for panels far from it. */
export function setSpanOpener(open: ((target: SpanTarget) => void) | null): void {
  opener = open
}

export function openSpan(target: SpanTarget): void {
  opener?.(target)
}
