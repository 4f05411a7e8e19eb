/** For the tests (never imported by the application). */
import { beforeAll } from 'vitest'
import { sharedImportWorkers } from './pool'

/** The worker module that knows, besides the shipped readers, the misbehaving test readers of test-worker.ts. */
export const TEST_WORKER = new URL('./test-worker.ts', import.meta.url)

/**
 * Starts the shared import worker before a file's tests: loading the readers through tsx takes seconds on
 * a busy machine (the app's built worker starts far faster), time that should count against no test.
 */
export function useWarmImportWorkers(): void {
  beforeAll(() => sharedImportWorkers().warm(), 120_000)
}
