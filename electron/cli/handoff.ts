import { resolve } from 'node:path'
import type { Envelope, Input, Method, Result } from '../core'
import { ApiError } from '../core/shared/errors'
import type { Translator } from '../core/shared/i18n/translator'
import { canSay, say } from '../core/shared/i18n/said'
import { loadServer } from './environment'

export interface HandOff {
  /** Why the project could not be opened here (the lock's message, naming the process that holds it). */
  lockMessage: string
  /** What is handed over, for the message if the running Tessera refuses it. */
  work: 'import' | 'deletion'
  translator: Translator
}

/**
 * Runs `method` in the Tessera that has `projectDir` open: through its browser-mode server (found by the
 * discovery file, authenticated with its token), after checking that server has this very project open.
 * Throws "the project is open in Tessera" (cli.handoff.openInDesktopApp), then the lock's message, when no
 * such server answers (the desktop app has none).
 */
export async function callRunningApp<M extends Method>(projectDir: string, method: M, input: Input<M>, { lockMessage, work, translator }: HandOff): Promise<Result<M>> {
  const dir = resolve(projectDir)
  const { readDiscoveryFile } = await loadServer()
  const { discovery, problem } = await readDiscoveryFile(dir)
  // The lock's own message follows: it names the process, in case that is not Tessera at all; then why a
  // discovery file that was there was not trusted.
  const notServed = new ApiError('locked', [translator.t('cli.handoff.openInDesktopApp'), lockMessage, problem].filter(Boolean).join(' '))
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
    if (!envelope) throw new ApiError('internal', translator.t('cli.handoff.unreadableAnswer', { status: response.status }))
    const refused = work === 'import' ? 'cli.handoff.refusedImport' : 'cli.handoff.refusedDeletion'
    if (!envelope.ok) throw new ApiError(envelope.error.code, translator.t(refused, { reason: canSay(translator, envelope.error.said) ? say(translator, envelope.error.said) : envelope.error.message }))
    return envelope.result
  }
  const state = await call('workspace.state', {})
  if (state.project?.dir !== dir) throw notServed
  return call(method, input)
}
