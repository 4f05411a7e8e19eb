import { constants, type Stats } from 'node:fs'
import { open, rm, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from '../core'
import { said, verbatim, type Said } from '../core/shared/i18n/said'

/**
 * `<project>/.tessera-server.json`: how a CLI run on the same computer reaches the browser-mode server that
 * has this project open (port and the session's token), readable by this user only, removed on exit.
 */
export const DISCOVERY_FILE = '.tessera-server.json'

const discoverySchema = z.object({
  port: z.number().int().min(1).max(65535),
  token: z.string().min(16).max(200),
  pid: z.number().int().positive(),
  projectDir: z.string().min(1)
})

export type Discovery = z.infer<typeof discoverySchema>

export async function writeDiscoveryFile(discovery: Discovery): Promise<void> {
  await writeFileAtomic(join(discovery.projectDir, DISCOVERY_FILE), `${JSON.stringify(discovery)}\n`, { mode: 0o600 })
}

export async function removeDiscoveryFile(projectDir: string): Promise<void> {
  await rm(join(projectDir, DISCOVERY_FILE), { force: true })
}

/** The server found for a project, or why none is used: `problem` names a file that was there but not trusted. */
export type DiscoveryLookup = { discovery: Discovery; problem: null } | { discovery: null; problem: Said | null }

/** A discovery file is a few hundred bytes; anything larger is not one. */
const MAX_DISCOVERY_BYTES = 4_096

/**
 * The server that has `projectDir` open, if its file is there, trustworthy and valid, and its process
 * alive. The file hands over a token, so it is trusted only when it is a regular file (not a symlink),
 * owned by this user and readable by no one else: another local user who can write into the project
 * folder could otherwise plant a file pointing the CLI at a server of theirs.
 */
export async function readDiscoveryFile(projectDir: string): Promise<DiscoveryLookup> {
  const path = join(projectDir, DISCOVERY_FILE)
  const ignored = (why: Said): DiscoveryLookup => ({ discovery: null, problem: said('problems.server.discovery.ignored', { path, why }) })
  let handle: FileHandle
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return { discovery: null, problem: null }
    if (code === 'ELOOP') return ignored(said('problems.server.discovery.symlink'))
    return ignored(said('problems.server.discovery.unreadable', { problem: verbatim(code ?? String(error)) }))
  }
  let text: string
  try {
    const info = await handle.stat()
    const distrust = untrustedBecause(info)
    if (distrust) return ignored(distrust)
    text = await handle.readFile('utf8')
  } finally {
    await handle.close()
  }
  const parsed = discoverySchema.safeParse(parseJson(text))
  if (!parsed.success) return ignored(said('problems.server.discovery.invalid'))
  return isAlive(parsed.data.pid) ? { discovery: parsed.data, problem: null } : { discovery: null, problem: null }
}

/** Why a file that hands over a token is not to be trusted (not a regular file, another owner, readable by others), or null. */
export function untrustedBecause(info: Stats): Said | null {
  if (!info.isFile()) return said('problems.server.discovery.notAFile')
  if (info.size > MAX_DISCOVERY_BYTES) return said('problems.server.discovery.tooLarge', { size: info.size })
  // Windows has neither owners by uid nor mode bits; its ACLs keep a user's profile private.
  const uid = process.getuid?.()
  if (uid === undefined) return null
  if (info.uid !== uid) return said('problems.server.discovery.otherOwner', { owner: info.uid, uid })
  const mode = info.mode & 0o777
  if ((mode & 0o077) !== 0) return said('problems.server.discovery.readable', { mode: mode.toString(8).padStart(4, '0') })
  return null
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    // ESRCH: gone. EPERM: another user's process, so not a server this user started either.
    return false
  }
}

/**
 * Keeps the discovery file in the open project's folder: written when a project opens, moved when
 * another opens, removed when it closes. Returns the function that removes it for good (on exit).
 */
export function publishDiscovery(
  core: { projectDir: string | null; on(event: 'workspace.changed', listener: () => void): () => void },
  server: { port: number; token: string }
): () => Promise<void> {
  let published: string | null = null
  let chain = Promise.resolve()
  const sync = (): void => {
    chain = chain.then(async () => {
      const dir = core.projectDir
      if (dir === published) return
      if (published) await removeDiscoveryFile(published).catch(() => undefined)
      published = null
      if (dir) {
        await writeDiscoveryFile({ port: server.port, token: server.token, pid: process.pid, projectDir: dir }).catch(() => undefined)
        published = dir
      }
    })
  }
  sync()
  const stop = core.on('workspace.changed', sync)
  return async () => {
    stop()
    await chain
    if (published) await removeDiscoveryFile(published).catch(() => undefined)
    published = null
  }
}
