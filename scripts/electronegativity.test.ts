import { describe, expect, it } from 'vitest'
import { judge, type ElectronegativityIssue } from './electronegativity.js'

function finding(id: string, severity: string): ElectronegativityIssue {
  return { id, severity: { name: severity }, confidence: { name: 'FIRM' }, file: 'electron/main/window.ts', location: { line: 1, column: 0 } }
}

describe('npm run lint:electron', () => {
  it('fails on any HIGH or MEDIUM finding, and on a file it could not parse; passes LOW and informational ones', () => {
    expect(judge([finding('CSP_GLOBAL_CHECK', 'LOW'), finding('ELECTRON_VERSION_JSON_CHECK', 'INFORMATIONAL')], []).ok).toBe(true)
    expect(judge([finding('CONTEXT_ISOLATION_JS_CHECK', 'HIGH')], []).failing).toHaveLength(1)
    expect(judge([finding('SANDBOX_JS_CHECK', 'MEDIUM')], []).ok).toBe(false)
    expect(judge([], [{ file: 'a.ts', message: 'Unexpected token' }]).ok).toBe(false)
    expect(judge([], [{ file: 'a.ts', message: 'a warning', tolerable: true }]).ok).toBe(true)
  })
})
