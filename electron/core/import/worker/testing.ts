/** For the import tests (never imported by the application): the worker module that knows the test readers of test-worker.ts. */
export const TEST_WORKER = new URL('./test-worker.ts', import.meta.url)
