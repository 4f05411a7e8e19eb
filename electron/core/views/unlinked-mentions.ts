import type { DocumentExtract, MentionExtract } from './extract'
import { ExtractTracker } from './extract-changes'

export interface UnlinkedMention {
  extract: DocumentExtract
  mention: MentionExtract
}

/**
 * Mentions not linked to any entity, by their matching key, kept by the index per changed document:
 * suggestions look names and aliases up here instead of walking every mention of the corpus.
 */
export class UnlinkedMentions {
  private readonly tracker = new ExtractTracker()
  readonly byKey = new Map<string, UnlinkedMention[]>()

  update(extracts: readonly DocumentExtract[]): void {
    for (const { before, after } of this.tracker.changes(extracts)) {
      if (before) {
        for (const mention of before.mentions) {
          if (mention.entityId !== null || !mention.key) continue
          const list = this.byKey.get(mention.key)
          if (!list) continue
          const kept = list.filter((entry) => entry.extract !== before)
          if (kept.length === 0) this.byKey.delete(mention.key)
          else this.byKey.set(mention.key, kept)
        }
      }
      if (after) {
        for (const mention of after.mentions) {
          if (mention.entityId !== null || !mention.key) continue
          const list = this.byKey.get(mention.key)
          if (list) list.push({ extract: after, mention })
          else this.byKey.set(mention.key, [{ extract: after, mention }])
        }
      }
    }
  }
}
