import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from '../core'

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

/** The server that has `projectDir` open, if its file is there, valid and its process alive; else null. */
export async function readDiscoveryFile(projectDir: string): Promise<Discovery | null> {
  let parsed: Discovery
  try {
    parsed = discoverySchema.parse(JSON.parse(await readFile(join(projectDir, DISCOVERY_FILE), 'utf8')))
  } catch {
    return null
  }
  return isAlive(parsed.pid) ? parsed : null
}

function isAlive(pid: number): boolean {
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
