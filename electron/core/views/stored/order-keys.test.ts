import { describe, expect, it } from 'vitest'
import { seededRandom } from '../../testing/seeded-random'
import { codeUnitKey, keyBetween, mentionOrder, type OrderedDocument } from './order-keys'

/** SQLite's order of two texts: their UTF-8 bytes. */
const byBytes = (a: string, b: string): number => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'))
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
const sign = (n: number): number => Math.sign(n)

describe('sort keys SQLite orders as the memory views do', () => {
  it('codeUnitKey: byte order of the keys is code unit order of the texts, emoji against full-width and private-use letters', () => {
    const random = seededRandom(3)
    const alphabet = ['a', 'Z', 'é', 'ح', '\uD7FF', '\uE000', '\uFF21', '\uFFFD', '🙂', '𝐀', ' ']
    const texts = Array.from({ length: 400 }, () => Array.from({ length: 1 + Math.floor(random() * 4) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''))
    const differing = texts.flatMap((a) => texts.filter((b) => sign(byBytes(codeUnitKey(a), codeUnitKey(b))) !== sign(byCodeUnit(a, b))).map((b) => `${a} / ${b}`))
    expect(differing).toEqual([])
    // Without the keys, bytes would order these otherwise: the test can tell.
    expect(sign(byBytes('🙂', '\uFF21'))).not.toBe(sign(byCodeUnit('🙂', '\uFF21')))
    expect(codeUnitKey('حماه said')).toBe('حماه said')
    expect(codeUnitKey('a 🙂 b').includes(codeUnitKey('🙂 b'))).toBe(true)
  })

  it('keyBetween: always strictly between, for keys made in any order', () => {
    const random = seededRandom(5)
    const keys: string[] = []
    for (let i = 0; i < 2000; i += 1) {
      const at = Math.floor(random() * (keys.length + 1))
      const key = keyBetween(keys[at - 1] ?? '', keys[at] ?? null)
      if (at > 0) expect(byBytes(keys[at - 1] ?? '', key)).toBeLessThan(0)
      if (at < keys.length) expect(byBytes(key, keys[at] ?? '')).toBeLessThan(0)
      keys.splice(at, 0, key)
    }
    expect(Math.max(...keys.map((k) => k.length))).toBeLessThan(12)
  })

  it('DocumentOrder: keys in the collator order of date, outlet, id, through adds, removes and a rekey', () => {
    const random = seededRandom(7)
    const outlets = ['outlet b', 'Outlet C', 'Été', 'Etna', 'الجزيرة', 'العربية', 'Outlet 10', 'Outlet 9']
    const order = mentionOrder()
    const present = new Map<string, OrderedDocument & { key: string }>()
    const expectOrdered = (): void => {
      const byKey = [...present.values()].sort((a, b) => byBytes(a.key, b.key)).map((d) => d.id)
      const byCollator = [...present.values()]
        .sort((a, b) => a.date.localeCompare(b.date) || a.outlet.localeCompare(b.outlet) || a.id.localeCompare(b.id))
        .map((d) => d.id)
      expect(byKey).toEqual(byCollator)
    }
    for (let i = 0; i < 1500; i += 1) {
      const id = `${['doc-', 'Doc-', 'doc_'][i % 3] ?? ''}${i % 500}`
      if (present.has(id)) {
        order.remove(id)
        present.delete(id)
        continue
      }
      const document = { id, date: ['', '2024-12-01', '2024-12-02'][Math.floor(random() * 3)] ?? '', outlet: outlets[Math.floor(random() * outlets.length)] ?? '' }
      present.set(id, { ...document, key: order.add(document) })
    }
    expectOrdered()
    for (const [id, key] of order.rekey()) {
      const document = present.get(id)
      if (document) document.key = key
    }
    expectOrdered()
    expect(Math.max(...[...present.values()].map((d) => d.key.length))).toBeLessThanOrEqual(3)
  })

  it('keyBetween: a thousand keys each after the last (the newest articles) stay short', () => {
    const keys = ['']
    for (let i = 0; i < 1000; i += 1) keys.push(keyBetween(keys[keys.length - 1] ?? '', null))
    expect([...keys].sort(byBytes)).toEqual(keys)
    expect(Math.max(...keys.map((k) => k.length))).toBeLessThanOrEqual(20)
  })

  it('DocumentOrder: a thousand documents added one after another into one gap, then rekeyed short', () => {
    const order = mentionOrder()
    order.add({ id: 'z', date: '2025-01-01', outlet: 'A' })
    const keys = Array.from({ length: 1000 }, (_, i) => order.add({ id: `doc-${String(i).padStart(4, '0')}`, date: '2024-12-01', outlet: 'A' }))
    expect([...keys].sort(byBytes)).toEqual(keys)
    const rekeyed = order.rekey()
    const ids = [...rekeyed.keys()].sort((a, b) => byBytes(rekeyed.get(a) ?? '', rekeyed.get(b) ?? ''))
    expect(ids).toEqual([...Array.from({ length: 1000 }, (_, i) => `doc-${String(i).padStart(4, '0')}`), 'z'])
    expect(Math.max(...[...rekeyed.values()].map((k) => k.length))).toBeLessThanOrEqual(3)
  })
})
