import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const coreAlias = { '@core': resolve('electron/core') }

export default defineConfig({
  main: {
    resolve: { alias: coreAlias },
    build: {
      externalizeDeps: { exclude: ['zod'] },
      rollupOptions: {
        // The CLI (and browser-mode server) ship in the same bundle as the Electron main process:
        // one build, shared chunks for the core. The import worker is an entry of its own (out/main/
        // import-worker.js, found by import/worker/location.ts): the readers load there, off the main thread.
        // So is the corpus views' index build (out/main/views-index-worker.js, views/stored/build-in-worker.ts).
        input: {
          index: resolve('electron/main/index.ts'),
          cli: resolve('electron/cli/index.ts'),
          'import-worker': resolve('electron/core/import/worker/entry.ts'),
          'views-index-worker': resolve('electron/core/views/stored/build-worker.ts')
        }
      }
    }
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        // Sandboxed preloads cannot load ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve('renderer'),
    resolve: { alias: coreAlias },
    plugins: [react()],
    build: {
      rollupOptions: { input: { index: resolve('renderer/index.html') } }
    }
  }
})
