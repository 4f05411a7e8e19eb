import { describe, expect, it, vi } from 'vitest'
import type { Session } from 'electron'
import { denyAllPermissions } from './permissions'

type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void

describe('denyAllPermissions', () => {
  it('refuses every permission request', () => {
    let handler: RequestHandler | undefined
    const session = { setPermissionRequestHandler: (h: RequestHandler) => (handler = h) }
    denyAllPermissions(session as unknown as Session)
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn()
      handler?.({}, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
    }
    expect(handler).toBeDefined()
  })
})
