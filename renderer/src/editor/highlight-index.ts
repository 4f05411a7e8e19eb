import { chunksOfSpan, type TextChunk } from './chunks'

/** Why a highlight is not yet on disk: the write that creates, retags or deletes it is under way. */
export type PendingKind = 'create' | 'retag' | 'delete'

/** An annotation as the reader draws it: offsets into the whole text. */
export interface ReaderHighlight {
  id: string
  tag: string
  start: number
  end: number
  pending?: PendingKind
  /** Its accessible name, e.g. "Actor: Hama". */
  label?: string
  /** What a named highlight is called ("highlight"), in the interface's language. */
  roleDescription?: string
  /** Why it is not saved yet ("not saved yet"), while pending. */
  description?: string
  /** Set on another annotator's highlight (shown read-only): how its layer is drawn, `1`–`4` or `faint`. */
  layer?: string
}

/** A highlight as drawn, with whether it is the selected one. */
export interface DrawnHighlight extends ReaderHighlight {
  selected: boolean
}

/** What must change in one chunk: the ids to take away, then the highlights to draw. */
export interface ChunkChange {
  removed: Set<string>
  added: DrawnHighlight[]
}

interface Entry {
  /** The object last drawn from: the same object again (and the same selection) means nothing changed. */
  source: ReaderHighlight
  drawn: DrawnHighlight
  chunks: number[]
  generation: number
}

function drawnOf(highlight: ReaderHighlight, selected: boolean): DrawnHighlight {
  const { id, tag, start, end, pending, label, roleDescription, description, layer } = highlight
  return { id, tag, start, end, pending, label, roleDescription, description, layer, selected }
}

function sameDrawing(a: DrawnHighlight, b: ReaderHighlight, selected: boolean): boolean {
  return a.tag === b.tag && a.start === b.start && a.end === b.end && a.pending === b.pending && a.label === b.label && a.roleDescription === b.roleDescription && a.description === b.description && a.layer === b.layer && a.selected === selected
}

/**
 * Which highlights each chunk draws, and what changed since the last update: a new span touches only
 * the chunks it lies in, so drawing it never rebuilds the others' (or its own chunk's other) decorations.
 */
export class HighlightIndex {
  private readonly entries = new Map<string, Entry>()
  private readonly byChunk: Map<string, DrawnHighlight>[]
  private generation = 0

  constructor(private readonly chunks: readonly TextChunk[]) {
    this.byChunk = chunks.map(() => new Map())
  }

  /** The highlights drawn in a chunk. */
  inChunk(index: number): Iterable<DrawnHighlight> {
    return this.byChunk[index]?.values() ?? []
  }

  /**
   * Draws (or redraws) one highlight now, ahead of the next `update`, which then finds it drawn and
   * changes nothing, or takes it away if it is not in the list. Only the chunks of that span change.
   */
  put(highlight: ReaderHighlight, selected: boolean): Map<number, ChunkChange> {
    const changes = new Map<number, ChunkChange>()
    const changeOf = (chunk: number): ChunkChange => {
      let change = changes.get(chunk)
      if (!change) changes.set(chunk, (change = { removed: new Set(), added: [] }))
      return change
    }
    const previous = this.entries.get(highlight.id)
    for (const chunk of previous?.chunks ?? []) {
      this.byChunk[chunk]?.delete(highlight.id)
      changeOf(chunk).removed.add(highlight.id)
    }
    const drawn = drawnOf(highlight, selected)
    const chunks = chunksOfSpan(this.chunks, drawn.start, drawn.end)
    this.entries.set(drawn.id, { source: highlight, drawn, chunks, generation: this.generation })
    for (const chunk of chunks) {
      this.byChunk[chunk]?.set(drawn.id, drawn)
      changeOf(chunk).added.push(drawn)
    }
    return changes
  }

  /** Replaces the drawn highlights; returns the changes per chunk (only chunks that changed). */
  update(highlights: readonly ReaderHighlight[], selectedId: string | null): Map<number, ChunkChange> {
    const generation = ++this.generation
    const changes = new Map<number, ChunkChange>()
    const changeOf = (chunk: number): ChunkChange => {
      let change = changes.get(chunk)
      if (!change) changes.set(chunk, (change = { removed: new Set(), added: [] }))
      return change
    }
    const remove = (entry: Entry): void => {
      for (const chunk of entry.chunks) {
        this.byChunk[chunk]?.delete(entry.drawn.id)
        changeOf(chunk).removed.add(entry.drawn.id)
      }
    }
    for (const highlight of highlights) {
      const previous = this.entries.get(highlight.id)
      const selected = highlight.id === selectedId
      if (
        previous &&
        previous.generation !== generation &&
        (previous.source === highlight ? previous.drawn.selected === selected : sameDrawing(previous.drawn, highlight, selected))
      ) {
        previous.generation = generation
        previous.source = highlight
        continue
      }
      if (previous) remove(previous)
      const drawn = drawnOf(highlight, selected)
      const chunks = chunksOfSpan(this.chunks, drawn.start, drawn.end)
      this.entries.set(drawn.id, { source: highlight, drawn, chunks, generation })
      for (const chunk of chunks) {
        this.byChunk[chunk]?.set(drawn.id, drawn)
        changeOf(chunk).added.push(drawn)
      }
    }
    for (const [id, entry] of this.entries) {
      if (entry.generation === generation) continue
      remove(entry)
      this.entries.delete(id)
    }
    return changes
  }
}
