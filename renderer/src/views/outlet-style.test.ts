import { describe, expect, it } from 'vitest'
import { outletStyles } from './outlet-style'

const SAMPLE = ['NationPress', 'Al Mayadeen English', 'teleSUR English', 'Tehran Times', 'Shafaq News']

describe('outlet styles', () => {
  it('keeps every outlet’s colour when an outlet is added, wherever it sorts', () => {
    const before = outletStyles(SAMPLE)
    for (const added of ['AAA First', 'Middle Outlet', 'zzz last', 'الجزيرة', ...Array.from({ length: 50 }, (_, i) => `New ${i}`)]) {
      const after = outletStyles([added, ...SAMPLE])
      for (const outlet of SAMPLE) expect(after.get(outlet)?.colour, `${outlet} after adding ${added}`).toBe(before.get(outlet)?.colour)
    }
  })

  it('keeps the shape too, unless the added outlet would look the same (then the later by name takes the next shape)', () => {
    const before = outletStyles(SAMPLE)
    expect(outletStyles(['AAA First', ...SAMPLE]).get('NationPress')).toEqual(before.get('NationPress'))
    const after = outletStyles(['Middle Outlet', ...SAMPLE])
    expect(after.get('Tehran Times')?.colour).toBe(after.get('Middle Outlet')?.colour)
    expect(after.get('Tehran Times')?.shape).not.toBe(after.get('Middle Outlet')?.shape)
  })

  it('is the same in a chart of only some outlets and in any order', () => {
    const all = outletStyles(SAMPLE)
    const some = outletStyles(['Tehran Times', 'NationPress'])
    expect(some.get('Tehran Times')).toEqual(all.get('Tehran Times'))
    expect(outletStyles([...SAMPLE].reverse())).toEqual(all)
  })

  it('never draws two outlets of one chart alike', () => {
    const many = Array.from({ length: 40 }, (_, i) => `Outlet ${i}`)
    const looks = [...outletStyles(many).values()].map((s) => `${s.colour} ${s.shape}`)
    expect(new Set(looks).size).toBe(40)
  })
})
