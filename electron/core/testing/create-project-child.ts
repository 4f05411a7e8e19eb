/**
 * Test support: `workspace.createProject` in a child process, run from source (through tsx), so a test
 * can bound its time and kill it. argv: the folder. Prints the answer's error message, or "created".
 */
import { resolve } from 'node:path'
import { createCore } from '../core'

const [folder = ''] = process.argv.slice(2)
const core = await createCore({ resourcesDir: resolve('resources'), author: 'Child' })
const answer = await core.dispatch('workspace.createProject', { name: 'Child project', folder })
process.stdout.write(answer.ok ? 'created\n' : `${answer.error.code}: ${answer.error.message}\n`)
core.close()
