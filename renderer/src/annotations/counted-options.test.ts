import { describe, expect, it } from 'vitest'
import { countedOptions, editDistance, nearDuplicates } from './counted-options'

const values = [
  { counted: 'militants killed', count: 3 },
  { counted: 'civilians killed', count: 2 },
  { counted: 'command centres destroyed', count: 1 }
]

describe('What is counted: the combobox options', () => {
  it('offers the project’s spelling for one typed in another case or spacing', () => {
    expect(nearDuplicates('Militants Killed', values).map((v) => v.counted)).toEqual(['militants killed'])
    expect(nearDuplicates(' militants   killed ', values).map((v) => v.counted)).toEqual(['militants killed'])
    expect(countedOptions('Militants Killed', values)[0]).toMatchObject({ value: 'militants killed', detail: 'already used by 3 figures, spelled this way' })
  })

  it('offers it for a typo too, but not for a different thing that merely looks alike', () => {
    expect(nearDuplicates('militants kiled', values).map((v) => v.counted)).toEqual(['militants killed'])
    expect(nearDuplicates('civilians killed', values)).toEqual([])
    expect(nearDuplicates('tanks', [{ counted: 'tank', count: 1 }])).toEqual([])
  })

  it('lists the values containing what was typed, then the typed text as a new value', () => {
    expect(countedOptions('killed', values).map((o) => o.label)).toEqual(['militants killed', 'civilians killed', 'Use ‘killed’ as a new value'])
    expect(countedOptions('', values).map((o) => o.value)).toEqual(['militants killed', 'civilians killed', 'command centres destroyed'])
    expect(countedOptions('civilians killed', values).map((o) => o.label)).toEqual(['civilians killed'])
  })

  it('counts edits between short keys', () => {
    expect(editDistance('killed', 'kiled')).toBe(1)
    expect(editDistance('abc', 'xyz')).toBe(3)
  })
})
