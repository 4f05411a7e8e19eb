import { describe, expect, it } from 'vitest'
import { createTranslator } from '@core/shared/i18n/translator'
import { walkEntries, type DroppedDirectoryEntry, type DroppedEntry, type DroppedFileEntry } from './walk-entries'

const english = createTranslator('en')

/** A fake file entry whose `file()` answers asynchronously, as the browser's does; `broken` fails like a file gone since the drop. */
function fileEntry(name: string, broken = false): DroppedFileEntry<string> {
  return {
    name,
    isFile: true,
    isDirectory: false,
    file: (success, failure) => queueMicrotask(() => (broken ? failure(new DOMException('A requested file or directory could not be found', 'NotFoundError')) : success(`content of ${name}`)))
  }
}

/** A fake folder whose reader hands out its children at most `perCall` at a time, then an empty batch, like Chromium's (100). */
function folderEntry(name: string, children: DroppedEntry[], { perCall = 100, failAfter = Infinity } = {}): DroppedDirectoryEntry & { calls: number } {
  const folder = {
    name,
    isFile: false,
    isDirectory: true,
    calls: 0,
    createReader() {
      let at = 0
      return {
        readEntries(success: (entries: DroppedEntry[]) => void, failure: (error: unknown) => void) {
          folder.calls += 1
          setTimeout(() => {
            if (at >= failAfter) return failure(new DOMException('permission denied', 'NotReadableError'))
            const batch = children.slice(at, at + perCall)
            at += batch.length
            success(batch)
          }, 0)
        }
      }
    }
  }
  return folder
}

describe('walking a dropped folder', () => {
  it('finds every file of nested folders with its path, hidden files left out', async () => {
    const dropped = [
      folderEntry('corpus', [
        fileEntry('a.txt'),
        fileEntry('.DS_Store'),
        folderEntry('brat', [fileEntry('x.ann'), fileEntry('x.txt'), folderEntry('deeper', [fileEntry('🙂 حماة.txt')])]),
        folderEntry('.git', [fileEntry('HEAD')])
      ]),
      fileEntry('loose.html')
    ]
    const { files, unreadable } = await walkEntries<string>(dropped, english)
    expect(files.map((f) => f.name)).toEqual(['corpus/a.txt', 'corpus/brat/x.ann', 'corpus/brat/x.txt', 'corpus/brat/deeper/🙂 حماة.txt', 'loose.html'])
    expect(files[0]?.file).toBe('content of a.txt')
    expect(unreadable).toEqual([])
  })

  it('keeps calling readEntries until it returns an empty batch: 1,050 files at 100 per call', async () => {
    const children = Array.from({ length: 1050 }, (_, i) => fileEntry(`article-${i}.txt`))
    const folder = folderEntry('big', children, { perCall: 100 })
    const { files } = await walkEntries<string>([folder], english)
    expect(files).toHaveLength(1050)
    expect(new Set(files.map((f) => f.name)).size).toBe(1050)
    expect(files.at(-1)?.name).toBe('big/article-1049.txt')
    // 11 batches with entries, then the empty one that ends the folder.
    expect(folder.calls).toBe(12)
  })

  it('reports an unreadable file or folder by its path and goes on with the rest', async () => {
    const locked = folderEntry('locked', [fileEntry('secret.txt')], { failAfter: 0 })
    const half = folderEntry('half', [fileEntry('one.txt'), fileEntry('two.txt'), fileEntry('three.txt')], { perCall: 2, failAfter: 2 })
    const { files, unreadable } = await walkEntries<string>([folderEntry('drop', [fileEntry('gone.txt', true), locked, half, fileEntry('ok.txt')])], english)
    expect(files.map((f) => f.name)).toEqual(['drop/half/one.txt', 'drop/half/two.txt', 'drop/ok.txt'])
    expect(unreadable).toEqual([
      { name: 'drop/gone.txt', reason: 'could not be read (A requested file or directory could not be found).' },
      { name: 'drop/locked', reason: 'could not be read (permission denied).' },
      { name: 'drop/half', reason: 'could not be read (permission denied).' }
    ])
  })

  it('says why in Arabic when the interface is in Arabic', async () => {
    const { unreadable } = await walkEntries<string>([folderEntry('مجلد', [fileEntry('gone.txt', true)])], createTranslator('ar'))
    expect(unreadable).toEqual([{ name: 'مجلد/gone.txt', reason: 'تعذّرت قراءته (A requested file or directory could not be found).' }])
  })
})
