import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../core/security'

describe('Content-Security-Policy', () => {
  it("renderer/index.html's meta tag says the same as the header the shells send", async () => {
    const html = await readFile(resolve('renderer/index.html'), 'utf8')
    const metaTags = html.match(/<meta\s[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/gi) ?? []
    expect(metaTags).toHaveLength(1)
    const content = /\scontent="([^"]*)"/i.exec(metaTags[0] ?? '')?.[1]
    expect(content).toBe(CONTENT_SECURITY_POLICY)
  })

  it('allows scripts from the app itself only', () => {
    const directives = CONTENT_SECURITY_POLICY.split(';').map((directive) => directive.trim())
    expect(directives).toContain("script-src 'self'")
    expect(directives).toContain("object-src 'none'")
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
  })

  it("allows styles from the app's own files only: no inline style elements or attributes", () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((directive) => {
        const [name = '', ...sources] = directive.trim().split(/\s+/)
        return [name, sources]
      })
    )
    expect(directives.get('style-src')).toEqual(["'self'"])
    expect(directives.get('style-src-elem')).toEqual(["'self'"])
    expect(directives.get('style-src-attr')).toEqual(["'none'"])
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline')
  })
})
