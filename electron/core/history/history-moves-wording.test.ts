import { describe, expect, it } from 'vitest'
import { catalogueOf } from '../shared/i18n/catalogue'
import { sayHistory, type HistoryKey, type HistoryMessage } from '../shared/i18n/history-message'
import { createTranslator } from '../shared/i18n/translator'

/** The moves through the history, which name an action; every other `history.` message is an action. */
const MOVES = new Set<HistoryKey>(['history.undo', 'history.redo', 'history.undid', 'history.redid', 'history.andThen'])
const english = createTranslator('en')
const arabic = createTranslator('ar')

/** Every undoable action's message, its values filled (a count of 3, names for the rest). */
function everyAction(): HistoryMessage[] {
  return (Object.entries(catalogueOf('en')) as [string, string][])
    .filter((entry): entry is [HistoryKey, string] => entry[0].startsWith('history.') && !MOVES.has(entry[0] as HistoryKey))
    .map(([key, message]) => {
      const names = new Set([...message.matchAll(/\{([A-Za-z_]\w*)/gu)].map((match) => match[1] as string))
      return { key, values: Object.fromEntries([...names].map((name) => [name, name === 'count' ? 3 : `Hama ${name}`])) }
    })
}

/** The four moves that name `action`, as the Undo and Redo buttons and the notice after each say them. */
function moves(action: HistoryMessage): HistoryMessage[] {
  return (['history.undo', 'history.redo', 'history.undid', 'history.redid'] as const).map((key) => ({ key, values: { action } }))
}

/** A word said twice in a row ("إعادة إعادة"), user text aside. */
function doubledWord(text: string): string | undefined {
  const words = text.replace(/\u2068[^\u2068\u2069]*\u2069|‘[^‘’]*’/gu, ' ').split(/[\s،,]+/u).filter(Boolean)
  return words.find((word, i) => i > 0 && word === words[i - 1])
}

describe('the moves through the history name every action in words that read', () => {
  const actions = everyAction()

  it('covers every action of the catalogue', () => {
    expect(actions.length).toBeGreaterThanOrEqual(40)
  })

  it('in English: the buttons give the order ("Undo edit …"), the notice names what was done ("Undone: edit …")', () => {
    for (const action of actions) {
      const label = sayHistory(english, action)
      // An order: a lowercase verb first ("edit the details of …"), never a past tense.
      expect(label, action.key).toMatch(/^[a-z]+ /u)
      expect(label, action.key).not.toMatch(/^\w+ed /u)
      expect(moves(action).map((move) => sayHistory(english, move)), action.key).toEqual([`Undo ${label}`, `Redo ${label}`, `Undone: ${label}`, `Redone: ${label}`])
    }
    expect(sayHistory(english, { key: 'history.undid', values: { action: { key: 'history.document.details', values: { title: 'Hama report' } } } })).toBe(
      'Undone: edit the details of ‘Hama report’'
    )
  })

  it('in Arabic: each action a verbal noun after «تراجع عن», «إعادة», «تم التراجع عن» and «تمت إعادة», no word said twice', () => {
    for (const action of actions) {
      const label = sayHistory(arabic, action)
      const said = moves(action).map((move) => sayHistory(arabic, move))
      expect(said, action.key).toEqual([`تراجع عن ${label}`, `إعادة ${label}`, `تم التراجع عن ${label}`, `تمت إعادة ${label}`])
      // A verbal noun, not a finished verb («تم …») that the moves would put after another.
      expect(label, action.key).not.toMatch(/^تمت? /u)
      for (const text of said) expect(doubledWord(text), `${action.key}: ${text}`).toBeUndefined()
    }
  })
})
