import { availableParallelism } from 'node:os'
import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@core': resolve('electron/core') } },
  test: {
    include: ['electron/**/*.test.ts', 'packaging/**/*.test.ts', 'renderer/src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Vitest's default leaves one core idle, so a two-core machine ran the files one at a time (9 min; 6 with two).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 20_000
  }
})
