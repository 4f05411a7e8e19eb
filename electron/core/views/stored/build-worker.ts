/** The corpus views' index build worker the app starts (bundled as views-index-worker.js). */
import { serveIndexBuild } from './serve-index-build'

serveIndexBuild()
