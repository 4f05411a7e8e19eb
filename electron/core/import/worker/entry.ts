/** The import worker the app starts (bundled as import-worker.js): it knows the shipped readers. */
import { SHIPPED_READERS } from '../registry'
import { serveImportRequests } from './serve-requests'

serveImportRequests(SHIPPED_READERS)
