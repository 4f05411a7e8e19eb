import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { projectArgument, resolveProjectDir } from './args'

describe('projectArgument', () => {
  it('reads --project DIR and --project=DIR', () => {
    expect(projectArgument(['/electron', '.', '--project', '/data/hama'])).toBe('/data/hama')
    expect(projectArgument(['/electron', '.', '--project=/data/hama'])).toBe('/data/hama')
  })

  it('ignores a missing value rather than taking the next flag', () => {
    expect(projectArgument(['/electron', '.', '--project'])).toBeUndefined()
    expect(projectArgument(['/electron', '.', '--project', '--inspect'])).toBeUndefined()
    expect(projectArgument(['/electron', '.', '--project='])).toBeUndefined()
    expect(projectArgument(['/electron', '.'])).toBeUndefined()
  })
})

describe('resolveProjectDir', () => {
  it('prefers the command line over TESSERA_PROJECT, and makes the path absolute', () => {
    expect(resolveProjectDir(['--project', 'here'], { TESSERA_PROJECT: '/env/project' })).toBe(resolve('here'))
  })

  it('falls back to TESSERA_PROJECT, then to a per-user folder', () => {
    expect(resolveProjectDir([], { TESSERA_PROJECT: '/env/project' })).toBe(resolve('/env/project'))
    expect(resolveProjectDir([], {})).toMatch(/tessera.*projects.*default$/)
  })
})
