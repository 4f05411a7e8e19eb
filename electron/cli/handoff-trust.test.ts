import { chmod, chown } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DISCOVERY_FILE } from '../server'
import { writeDiscoveryFile } from '../server/discovery'
import { serveTestProject, type ServedProject } from '../server/testing/served-project'
import { createTranslator } from '../core/shared/i18n/translator'
import { callRunningApp } from './handoff'

const LOCK_MESSAGE = 'The project is locked by process 1234.'
const OPEN_IN_DESKTOP_APP = 'The project is open in Tessera: import with File ▸ Import…, or close the app and run this again.'
const handing = { lockMessage: LOCK_MESSAGE, work: 'import', translator: createTranslator('en') } as const
let served: ServedProject | undefined
afterEach(async () => {
  await served?.dispose()
  served = undefined
})

/** A real server holding the project, announced by a discovery file the test then spoils. */
async function announcedServer(): Promise<{ served: ServedProject; file: string }> {
  served = await serveTestProject()
  const { projectDir, server } = served
  await writeDiscoveryFile({ port: server.port, token: server.token, pid: process.pid, projectDir })
  return { served, file: join(projectDir, DISCOVERY_FILE) }
}

describe('tessera import handing files to a running server', () => {
  it('does not use a discovery file others can read, and says why', async () => {
    const { served, file } = await announcedServer()
    await chmod(file, 0o644)
    const refused = callRunningApp(served.projectDir, 'workspace.state', {}, handing)
    await expect(refused).rejects.toThrow(
      `${OPEN_IN_DESKTOP_APP} ${LOCK_MESSAGE} Ignored ${file}: other users can read or change it (mode 0644; it must be 0600).`
    )
    await chmod(file, 0o600)
    expect((await callRunningApp(served.projectDir, 'workspace.state', {}, handing)).project?.dir).toBe(served.projectDir)
  })

  it.skipIf(process.getuid?.() !== 0)('does not use a discovery file of another user, and says why', async () => {
    const { served, file } = await announcedServer()
    await chown(file, 65534, 65534)
    await expect(callRunningApp(served.projectDir, 'workspace.state', {}, handing)).rejects.toThrow(/it belongs to another user \(uid 65534\)/)
  })
})
