import { randomBytes } from 'node:crypto'
import { closeSync, linkSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync, fsyncSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { StoreError, storeErrorFromErrno } from './errors'
import { processStartTime } from './process-identity'
import { said, type Said } from '../shared/i18n/said'

export const LOCK_FILE = 'tessera.lock'
/** Held only for the few milliseconds of taking over a stale lock, so two processes never take over at once. */
export const TAKEOVER_FILE = 'tessera.lock.takeover'
/** An unreadable lock younger than this may be one another process is still writing: it counts as held. */
export const YOUNG_LOCK_MS = 10_000
const APP_HOLDER = 'Tessera'

export interface LockOwner {
  pid: number
  host: string
  /** Random per acquisition: tells two owners with the same pid apart (the pid was reused). */
  nonce: string
  /** The owner's start time as the OS reports it (Linux: /proc/<pid>/stat field 22), or null where unknown. */
  startTime: string | null
  since: string
  /** What holds it: the app ('Tessera') or the command (`tessera import`), so a refusal can say what to do. */
  holder: string
}

type Verdict = { held: true; message: Said; code: 'locked' | 'busy' } | { held: false }

/** The app, unless the CLI names the command it runs (`tessera import`): recorded in each lock this process takes. */
let holderName = APP_HOLDER
/** Names what this process is, for the lock messages other processes show (the CLI: `tessera <command>`). */
export function nameLockHolder(name: string): void {
  holderName = name
}

/** A tessera command that holds a project only while it runs, and (unlike `tessera serve`) takes no files from others. */
function isPassingCommand(holder: string): boolean {
  return holder.startsWith('tessera ') && holder !== 'tessera serve'
}

/**
 * One writer per project. The lock file is created whole and atomically: written under a temp name,
 * fsynced, then hard-linked into place (link fails if the lock exists, so no one ever reads half a lock
 * of ours). A stale lock (owner gone, or its pid now names another process) is taken over only under a
 * second, short-lived takeover lock, and only if it is still the very file judged stale (same inode).
 * Returns the release function.
 */
export function acquireProjectLock(projectDir: string): () => void {
  const path = join(projectDir, LOCK_FILE)
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    nonce: randomBytes(12).toString('hex'),
    startTime: processStartTime(process.pid),
    since: new Date().toISOString(),
    holder: holderName
  }
  const temp = join(projectDir, `.${LOCK_FILE}.${owner.pid}.${owner.nonce}.tmp`)
  try {
    writeWhole(temp, JSON.stringify(owner))
    try {
      for (let attempt = 0; attempt < 3; attempt += 1) {
        if (tryLink(temp, path)) return releaser(path, owner)
        const verdict = judge(projectDir, path)
        if (verdict.held) throw new StoreError(verdict.code, verdict.message)
        if (takeOverStale(projectDir, path, temp)) return releaser(path, owner)
      }
    } finally {
      rmSync(temp, { force: true })
    }
  } catch (error) {
    throw storeErrorFromErrno(error, projectDir)
  }
  throw new StoreError('locked', said('problems.store.lockKeptTaken', { path }))
}

function writeWhole(path: string, content: string): void {
  const fd = openSync(path, 'wx', 0o644)
  try {
    writeSync(fd, content)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/** File systems without hard links (FAT, some network shares) get an exclusive create instead. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'])

function tryLink(from: string, to: string): boolean {
  try {
    linkSync(from, to)
    return true
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? ''
    if (code === 'EEXIST') return false
    if (!NO_HARD_LINKS.has(code)) throw error
  }
  try {
    // Not atomic: a reader may see this file empty for a moment, which is why a young empty lock counts as held.
    writeWhole(to, readFileSync(from, 'utf8'))
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
}

function releaser(path: string, owner: LockOwner): () => void {
  const release = (): void => {
    process.off('exit', release)
    if (readOwner(path)?.nonce === owner.nonce) rmSync(path, { force: true })
  }
  process.on('exit', release)
  return release
}

/**
 * Under the takeover lock: if the lock at `path` is still the file judged stale (same inode, still
 * stale), move it aside and link ours in. A lock created meanwhile by a plain link is left alone.
 */
function takeOverStale(projectDir: string, path: string, temp: string): boolean {
  const takeover = join(projectDir, TAKEOVER_FILE)
  if (!tryLink(temp, takeover)) {
    if (!clearDeadTakeover(projectDir, takeover)) {
      throw new StoreError('locked', said('problems.store.beingOpened', { dir: projectDir }))
    }
    if (!tryLink(temp, takeover)) {
      throw new StoreError('locked', said('problems.store.beingOpened', { dir: projectDir }))
    }
  }
  try {
    const inode = inodeOf(path)
    if (inode === null) return tryLink(temp, path)
    const verdict = judge(projectDir, path)
    if (verdict.held) throw new StoreError(verdict.code, verdict.message)
    const aside = join(projectDir, `.${LOCK_FILE}.stale.${randomBytes(6).toString('hex')}`)
    renameSync(path, aside)
    if (inodeOf(aside) !== inode) {
      // Someone's fresh lock arrived between the check and the rename: put it back and yield.
      tryLink(aside, path)
      rmSync(aside, { force: true })
      return false
    }
    rmSync(aside, { force: true })
    return tryLink(temp, path)
  } finally {
    rmSync(takeover, { force: true })
  }
}

/** A takeover lock left by a process that died mid-takeover; true when it is gone now. */
function clearDeadTakeover(projectDir: string, takeover: string): boolean {
  const holder = readOwner(takeover)
  const inode = inodeOf(takeover)
  if (inode === null) return true
  const age = ageOf(takeover)
  const dead = holder ? !ownerIsRunning(holder) : age !== null && age > YOUNG_LOCK_MS
  if (!dead) return false
  const aside = join(projectDir, `.${TAKEOVER_FILE}.dead.${randomBytes(6).toString('hex')}`)
  try {
    renameSync(takeover, aside)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true
    throw error
  }
  if (inodeOf(aside) !== inode) tryLink(aside, takeover)
  rmSync(aside, { force: true })
  return inodeOf(takeover) === null
}

function judge(projectDir: string, path: string): Verdict {
  const current = readOwner(path)
  if (!current) {
    const age = ageOf(path)
    if (age === null) return { held: false }
    if (age < YOUNG_LOCK_MS) {
      return {
        held: true,
        code: 'locked',
        message: said('problems.store.lockBeingWritten', { dir: projectDir, path })
      }
    }
    return { held: false }
  }
  const held = (message: Said, code: 'locked' | 'busy' = 'locked'): Verdict => ({ held: true, code, message })
  const pid = String(current.pid)
  if (current.host !== hostname()) {
    // A project on a shared drive: the owner's process cannot be checked from here.
    return held(said('problems.store.openOnAnotherComputer', { dir: projectDir, host: current.host, pid, path }))
  }
  if (!ownerIsRunning(current)) return { held: false }
  if (current.pid === process.pid) {
    return held(said('problems.store.openHere', { dir: projectDir, pid, since: current.since }))
  }
  if (current.startTime === null || processStartTime(current.pid) === null) {
    return held(said('problems.store.lockedByUnknown', { dir: projectDir, pid, path }))
  }
  if (isPassingCommand(current.holder)) {
    return held(said('problems.store.inUseByCommand', { dir: projectDir, holder: current.holder, pid, since: current.since }), 'busy')
  }
  return held(said('problems.store.openInAnotherProcess', { dir: projectDir, pid, host: current.host, since: current.since, path }))
}

/** True while the lock's owner runs: its pid exists and, where the OS tells, started when the lock says. */
function ownerIsRunning(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true
  if (owner.pid === process.pid) return owner.startTime === null || owner.startTime === processStartTime(process.pid)
  try {
    process.kill(owner.pid, 0)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false
  }
  const actual = processStartTime(owner.pid)
  // The pid was reused by a process started later: the lock's owner is gone.
  if (owner.startTime !== null && actual !== null && actual !== owner.startTime) return false
  return true
}

export function readOwner(path: string): LockOwner | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return null
    return {
      pid: parsed.pid,
      host: parsed.host,
      nonce: typeof parsed.nonce === 'string' ? parsed.nonce : '',
      startTime: typeof parsed.startTime === 'string' ? parsed.startTime : null,
      since: String(parsed.since),
      // Locks written before the holder was recorded: the app, as the message always assumed.
      holder: typeof parsed.holder === 'string' ? parsed.holder.slice(0, 80) : APP_HOLDER
    }
  } catch {
    return null
  }
}

function inodeOf(path: string): number | null {
  try {
    return statSync(path).ino
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

function ageOf(path: string): number | null {
  try {
    return Date.now() - statSync(path).mtimeMs
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}
