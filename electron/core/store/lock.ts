import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { StoreError } from './errors'

export const LOCK_FILE = 'tessera.lock'

interface LockOwner {
  pid: number
  host: string
  since: string
}

/**
 * One writer per project: a lock file holding the owner's pid. A lock whose owner is gone (the process
 * no longer exists on this host, or the file is unreadable) is stale and taken over.
 * Returns the release function.
 */
export function acquireProjectLock(projectDir: string): () => void {
  const path = join(projectDir, LOCK_FILE)
  const owner: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() }
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(path, 'wx')
      writeSync(fd, JSON.stringify(owner))
      closeSync(fd)
      const release = (): void => {
        process.off('exit', release)
        if (readOwner(path)?.pid === process.pid) rmSync(path, { force: true })
      }
      process.on('exit', release)
      return release
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const current = readOwner(path)
      if (current && isAlive(current)) {
        throw new StoreError(
          'locked',
          `The project ${projectDir} is already open in another Tessera process (pid ${current.pid} on ${current.host}). Close it there first.`
        )
      }
      rmSync(path, { force: true })
    }
  }
  throw new StoreError('locked', `Could not take the lock ${path}: another process keeps creating it.`)
}

function readOwner(path: string): LockOwner | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return null
    return { pid: parsed.pid, host: parsed.host, since: String(parsed.since) }
  } catch {
    return null
  }
}

function isAlive(owner: LockOwner): boolean {
  // A lock from another machine (a project on a shared drive) cannot be checked: treat it as held.
  if (owner.host !== hostname()) return true
  if (owner.pid === process.pid) return true
  try {
    process.kill(owner.pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
