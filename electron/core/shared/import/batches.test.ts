import { describe, expect, it } from 'vitest'
import { BYTES_PER_IMPORT_CALL, FILES_PER_IMPORT_CALL, importCalls } from './batches'

const sized = (name: string, size = 10) => ({ name, size })
const names = (calls: { name: string }[][]) => calls.map((call) => call.map((f) => f.name))

describe('importCalls', () => {
  it('packs a folder of small files into calls of at most FILES_PER_IMPORT_CALL, in order', () => {
    const files = Array.from({ length: FILES_PER_IMPORT_CALL * 2 + 1 }, (_, i) => sized(`f${i}.txt`))
    const calls = importCalls(files, (f) => f.size)
    expect(calls.map((c) => c.length)).toEqual([FILES_PER_IMPORT_CALL, FILES_PER_IMPORT_CALL, 1])
    expect(calls.flat()).toEqual(files)
  })

  it('never splits a brat pair across calls, and sends a folder sidecar once in each call that holds a pair', () => {
    const lone = Array.from({ length: FILES_PER_IMPORT_CALL - 2 }, (_, i) => sized(`set/lone${i}.txt`))
    const files = [sized('set/annotation.conf'), ...lone, sized('set/a.txt'), sized('set/a.ann'), sized('set/b.txt'), sized('set/b.ann')]
    const calls = names(importCalls(files, (f) => f.size))
    expect(calls.length).toBe(2)
    for (const call of calls) expect(new Set(call).size).toBe(call.length)
    const callOf = (name: string) => calls.findIndex((call) => call.includes(name))
    expect(callOf('set/a.txt')).toBe(callOf('set/a.ann'))
    expect(callOf('set/b.txt')).toBe(callOf('set/b.ann'))
    for (const call of calls.filter((c) => c.some((n) => n.endsWith('.ann')))) expect(call).toContain('set/annotation.conf')
    expect(calls.every((call) => call.length <= FILES_PER_IMPORT_CALL)).toBe(true)
  })

  it('closes a call before a file that would take it past BYTES_PER_IMPORT_CALL; a larger file goes alone', () => {
    const half = BYTES_PER_IMPORT_CALL / 2
    const files = [sized('a.txt', half), sized('b.txt', half), sized('c.txt', 1), sized('big.jsonl', BYTES_PER_IMPORT_CALL * 2), sized('d.txt', 1)]
    expect(names(importCalls(files, (f) => f.size))).toEqual([['a.txt', 'b.txt'], ['c.txt'], ['big.jsonl'], ['d.txt']])
  })
})
