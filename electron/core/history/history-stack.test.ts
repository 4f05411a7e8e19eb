import { describe, expect, it } from 'vitest'
import { History, MERGE_WINDOW_MS, type HistoryEntry } from './history'

function entry(label: string, at = 0, mergeKey?: string): HistoryEntry {
  return {
    label,
    message: { key: 'history.annotation.delete', values: { quote: label } },
    at,
    mergeKey,
    steps: [{ kind: 'document', documentId: 'd', undo: [{ type: 'setStatus', status: 'not-started' }], redo: [{ type: 'setStatus', status: label as 'done' }] }]
  }
}

describe('the history stacks', () => {
  it('keeps at most its limit of steps, dropping the oldest', () => {
    const history = new History(3)
    for (const label of ['a', 'b', 'c', 'd']) history.record(entry(label))
    const labels: string[] = []
    while (history.peekUndo()) {
      labels.push(history.peekUndo()?.label ?? '')
      history.undone()
    }
    expect(labels).toEqual(['d', 'c', 'b'])
  })

  it('merges edits of one field within the window, keeping the first undo and the last redo', () => {
    const history = new History()
    history.record(entry('in-progress', 0, 'note:x'))
    history.record(entry('done', MERGE_WINDOW_MS - 1, 'note:x'))
    history.record(entry('later', 3 * MERGE_WINDOW_MS, 'note:x'))
    history.undone()
    const merged = history.peekUndo()
    expect(merged?.steps[0]?.redo).toEqual([{ type: 'setStatus', status: 'done' }])
    history.undone()
    expect(history.peekUndo()).toBeUndefined()
  })

  it('runs actions one at a time, in order, even when one fails', async () => {
    const history = new History()
    const order: string[] = []
    const slow = history.exclusive(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20))
      order.push('slow')
      throw new Error('disk full')
    })
    const fast = history.exclusive(async () => {
      order.push('fast')
    })
    await expect(slow).rejects.toThrow('disk full')
    await fast
    expect(order).toEqual(['slow', 'fast'])
  })
})
