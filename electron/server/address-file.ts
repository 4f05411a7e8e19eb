import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from '../core'
import { isAlive, untrustedBecause } from './discovery'

/**
 * `<data folder>/server.json`: the address browser mode serves at now (or served at last), with its token,
 * readable by this user only. `tessera address` prints it, so a user whose tab lost the server can find
 * the new address; the next `tessera serve` takes its token again, so a tab left open at the same port
 * reconnects by itself after a restart. Kept after the server stops: the token stays valid for the next one.
 */
export const ADDRESS_FILE = 'server.json'

const addressSchema = z.object({
  url: z.string().startsWith('http://127.0.0.1:').max(300),
  port: z.number().int().min(1).max(65535),
  token: z.string().min(16).max(200),
  pid: z.number().int().positive(),
  projectDir: z.string().nullable()
})

export type ServedAddress = z.infer<typeof addressSchema> & { running: boolean }

export function writeAddressFile(dataDir: string, address: Omit<ServedAddress, 'running'>): Promise<void> {
  return writeFileAtomic(join(dataDir, ADDRESS_FILE), `${JSON.stringify(address)}\n`, { mode: 0o600 })
}

/** The last address served from this data folder, if its file is there and trustworthy (as the discovery file is). */
export async function readAddressFile(dataDir: string): Promise<ServedAddress | null> {
  try {
    const handle = await open(join(dataDir, ADDRESS_FILE), constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0))
    try {
      if (untrustedBecause(await handle.stat()) !== null) return null
      const parsed = addressSchema.safeParse(JSON.parse(await handle.readFile('utf8')))
      return parsed.success ? { ...parsed.data, running: isAlive(parsed.data.pid) } : null
    } finally {
      await handle.close()
    }
  } catch {
    return null
  }
}
