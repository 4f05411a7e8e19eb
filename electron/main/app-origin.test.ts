import { describe, expect, it } from 'vitest'
import { originOf, trustedOrigins } from './app-origin'

describe('originOf', () => {
  it('keeps scheme and host of our custom scheme, which Node would report as "null"', () => {
    expect(originOf('app://tessera/index.html')).toBe('app://tessera')
    expect(originOf('http://localhost:5173/x?y')).toBe('http://localhost:5173')
  })

  it('has no origin for unparseable or host-less URLs', () => {
    expect(originOf('not a url')).toBeNull()
    expect(originOf('about:blank')).toBeNull()
    expect(originOf('data:text/html,hi')).toBeNull()
  })
})

describe('trustedOrigins', () => {
  it('trusts only the app origin when there is no dev server', () => {
    const isTrusted = trustedOrigins(undefined)
    expect(isTrusted('app://tessera/')).toBe(true)
    expect(isTrusted('app://tessera/assets/x.js')).toBe(true)
    expect(isTrusted('app://other/')).toBe(false)
    expect(isTrusted('app://tessera.evil/')).toBe(false)
    expect(isTrusted('https://tessera/')).toBe(false)
    expect(isTrusted('http://localhost:5173/')).toBe(false)
    expect(isTrusted('about:blank')).toBe(false)
  })

  it('adds exactly the dev server origin (scheme, host and port) when one is given', () => {
    const isTrusted = trustedOrigins('http://localhost:5173')
    expect(isTrusted('http://localhost:5173/index.html')).toBe(true)
    expect(isTrusted('http://localhost:5174/')).toBe(false)
    expect(isTrusted('https://localhost:5173/')).toBe(false)
    expect(isTrusted('app://tessera/')).toBe(true)
  })
})
