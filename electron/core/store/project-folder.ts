import { randomBytes } from 'node:crypto'
import { mkdir, open, realpath, rm, stat, statfs } from 'node:fs/promises'
import { dirname, join, resolve, sep } from 'node:path'
import { StoreError, storeErrorFromErrno } from './errors'
import { said } from '../shared/i18n/said'

/** Folders of the kernel's pseudo file systems: they hold no regular files, and Node's recursive mkdir can loop there forever. */
const PSEUDO_ROOTS = ['/proc', '/sys', '/dev']

/**
 * statfs magic numbers of file systems that cannot hold a project (linux/magic.h): proc, sysfs, devpts,
 * debugfs, tracefs, securityfs, cgroup, cgroup2, bpf, pstore, configfs, efivarfs, fusectl, binfmt_misc.
 */
const PSEUDO_FILE_SYSTEMS = new Set([
  0x9fa0, 0x62656572, 0x1cd1, 0x64626720, 0x74726163, 0x73636673, 0x27e0eb, 0x63677270, 0xcafe4a11, 0x6165676c, 0x62656570, 0xde5e81e4,
  0x65735543, 0x42494e4d
])

/**
 * Makes sure `dir` can hold a project before anything is created in it, and creates it (with any missing
 * parents) one level at a time: a folder under /proc, /sys or /dev, or on any pseudo file system, is
 * refused at once with its name, instead of being handed to `mkdir({ recursive: true })`, which spins
 * forever on /proc. A path through a file, or a folder that cannot be made, is refused with the reason.
 */
export async function prepareProjectFolder(dir: string): Promise<void> {
  const target = resolve(dir)
  const missing: string[] = []
  let existing = target
  for (;;) {
    const found = await stat(existing).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null
      if (error.code === 'ENOTDIR') throw new StoreError('not-a-project', said('problems.store.pathThroughFile', { dir: target }))
      throw storeErrorFromErrno(error, existing)
    })
    if (found) {
      if (!found.isDirectory()) throw new StoreError('not-a-project', said('problems.store.fileNotFolder', { path: existing }))
      break
    }
    missing.unshift(existing)
    const parent = dirname(existing)
    if (parent === existing) throw new StoreError('not-a-project', said('problems.store.noParentFolder', { dir: target }))
    existing = parent
  }
  await refusePseudoFileSystem(existing, target)
  for (const folder of missing) {
    await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return
      throw storeErrorFromErrno(error, dirname(folder))
    })
  }
  if (missing.length > 0) await refuseFolderWithoutFiles(target)
}

async function refusePseudoFileSystem(existing: string, target: string): Promise<void> {
  const real = await realpath(existing).catch(() => existing)
  for (const root of PSEUDO_ROOTS) {
    // /dev/shm is an ordinary memory file system, not a device folder.
    if ((real === root || real.startsWith(`${root}${sep}`)) && !(real === '/dev/shm' || real.startsWith('/dev/shm/'))) throw new StoreError('not-a-project', said('problems.store.systemFolder', { dir: target, root }))
  }
  const kind = await statfs(existing).then(
    (stats) => stats.type,
    () => null
  )
  if (kind !== null && PSEUDO_FILE_SYSTEMS.has(kind)) throw new StoreError('not-a-project', said('problems.store.systemFileSystem', { dir: target, folder: real }))
}

/** A folder just made where a regular file cannot be created (an unusual mount) is refused before the project is started there. */
async function refuseFolderWithoutFiles(folder: string): Promise<void> {
  const probe = join(folder, `.tessera-probe-${randomBytes(6).toString('hex')}`)
  try {
    const handle = await open(probe, 'wx')
    await handle.close()
  } catch (error) {
    const converted = storeErrorFromErrno(error, folder)
    if (converted instanceof StoreError) throw converted
    throw new StoreError('not-a-project', said('problems.store.cannotCreateFile', { dir: folder, reason: (error as Error).message }))
  } finally {
    await rm(probe, { force: true })
  }
}
