import { resolve } from 'node:path'
import { ApiError, type Envelope, type Input, type Method, type Result } from '../core'
import { readDiscoveryFile } from '../server'

/** What the CLI says when the desktop app (which has no local server) holds the project. */
export const OPEN_IN_DESKTOP_APP = 'The project is open in Tessera: import with File ▸ Import…, or close the app and run this again.'

/**
 * Runs `method` in the Tessera that has `projectDir` open: through its browser-mode server (found by the
 * discovery file, authenticated with its token), after checking that server has this very project open.
 * Throws OPEN_IN_DESKTOP_APP's message, then the lock's, when no such server answers.
 */
export async function callRunningApp<M extends Method>(projectDir: string, method: M, input: Input<M>, lockMessage: string, what = 'the import'): Promise<Result<M>> {
  const dir = resolve(projectDir)
  const { discovery, problem } = await readDiscoveryFile(dir)
  // The lock's own message follows: it names the process, in case that is not Tessera at all; then why a
  // discovery file that was there was not trusted.
  const notServed = new ApiError('locked', [OPEN_IN_DESKTOP_APP, lockMessage, problem].filter(Boolean).join(' '))
  if (!discovery) throw notServed
  const call = async <N extends Method>(name: N, body: Input<N>): Promise<Result<N>> => {
    let response: Response
    try {
      response = await fetch(`http://127.0.0.1:${discovery.port}/api/${name}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${discovery.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body)
      })
    } catch {
      throw notServed
    }
    const envelope = (await response.json().catch(() => null)) as Envelope<Result<N>> | null
    if (!envelope) throw new ApiError('internal', `The running Tessera answered ${response.status} without a readable body.`)
    if (!envelope.ok) throw new ApiError(envelope.error.code, `The running Tessera refused ${what}: ${envelope.error.message}`)
    return envelope.result
  }
  const state = await call('workspace.state', {})
  if (state.project?.dir !== dir) throw notServed
  return call(method, input)
}
