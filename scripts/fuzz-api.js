/**
 * `npm run fuzz:api`: the HTTP API fuzz test (electron/server/fuzz.test.ts) at length: 100,000 payloads over
 * the contract's methods by default, where `npm test` sends 10,000 (`npm run fuzz:api -- 30000` for another
 * count; `TESSERA_FUZZ_SEED` replays).
 */
import { startVitest } from 'vitest/node'

process.env.TESSERA_API_FUZZ_PAYLOADS = process.argv[2] ?? '100000'
// Vitest sets the exit code when a test fails.
const vitest = await startVitest('test', ['electron/server/fuzz.test.ts'], { run: true })
await vitest?.close()
