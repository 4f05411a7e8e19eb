import { describe, expect, it, vi } from 'vitest'
import type { TesseraBridge } from '../../../electron/preload/bridge'
import { ApiCallError } from './client'
import { createElectronClient } from './electron-client'

function bridgeAnswering(envelope: unknown): TesseraBridge & { invoke: ReturnType<typeof vi.fn> } {
  return { invoke: vi.fn(async () => envelope), on: vi.fn(() => () => undefined) } as unknown as TesseraBridge & { invoke: ReturnType<typeof vi.fn> }
}

describe('the desktop client', () => {
  it('tells the main process the interface language through the shell method, and says when it was refused', async () => {
    const bridge = bridgeAnswering({ ok: true, result: { changed: true } })
    const client = createElectronClient(bridge)
    await client.setShellLanguage?.('ar', 'latn')
    expect(bridge.invoke).toHaveBeenCalledWith('shell.setLanguage', { language: 'ar', digits: 'latn' })
    const refusing = createElectronClient(bridgeAnswering({ ok: false, error: { code: 'invalid-input', message: 'Invalid input for shell.setLanguage' } }))
    await expect(refusing.setShellLanguage?.('en', 'latn')).rejects.toBeInstanceOf(ApiCallError)
  })
})
