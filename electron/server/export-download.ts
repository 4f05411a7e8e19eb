import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { toApiError, writeRunToChunks, type Core, type ExportReport } from '../core'
import { isJsonContentType, readJsonBody } from './body'
import { HttpFailure, sendEnvelope } from './respond'
import { said } from '../core/shared/i18n/said'

export const EXPORT_DOWNLOAD_PATH = '/api/export/download'
export const EXPORT_REPORT_PREFIX = '/api/export/report/'

/** Reports of finished downloads kept for the page to fetch; a few, for a few minutes. */
const KEEP_REPORTS = 16
const KEEP_REPORT_MS = 10 * 60_000

/**
 * Browser mode's export download. `POST /api/export/download` (JSON export options, as the export
 * dialog sends them) answers the file itself, streamed from the core's `startExport` as it is produced: each
 * piece is written when the socket has room, so a 500 MB export never sits in the server's memory and a
 * slow reader holds the export back. The report (counts, spans left out, notes) is complete only at the
 * end, so the response names an export id (`X-Tessera-Export-Id`) and `GET /api/export/report/<id>`
 * answers the report once the download has finished.
 */
export class ExportDownloads {
  private readonly reports = new Map<string, { report: ExportReport; at: number }>()

  constructor(private readonly core: Core) {}

  async download(req: IncomingMessage, res: ServerResponse, maxBodyBytes: number): Promise<void> {
    if (!isJsonContentType(req.headers['content-type'])) {
      throw new HttpFailure(415, 'invalid-input', said('problems.server.exportOptionsNotJson'))
    }
    const options = await readJsonBody(req, maxBodyBytes)
    let run: ReturnType<Core['startExport']>
    try {
      run = this.core.startExport(options as Parameters<Core['startExport']>[0])
    } catch (error) {
      return sendEnvelope(res, { ok: false, error: toApiError(error).toBody() })
    }
    const id = randomUUID()
    res.writeHead(200, {
      'Content-Type': run.mimeType,
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(run.fileName)}`,
      'X-Tessera-Export-Id': id,
      'X-Tessera-File-Name': encodeURIComponent(run.fileName)
    })
    try {
      await writeRunToChunks(run, (chunk) => write(res, chunk))
    } catch {
      // Headers are gone: the only honest signal left is a broken response, which the page reports.
      res.destroy()
      return
    }
    res.end()
    this.keep(id, run.report)
  }

  report(res: ServerResponse, id: string): void {
    const kept = this.reports.get(id)
    if (!kept) throw new HttpFailure(404, 'not-found', said('problems.server.noExport', { id }))
    sendEnvelope(res, { ok: true, result: kept.report })
  }

  private keep(id: string, report: ExportReport): void {
    const now = Date.now()
    for (const [key, kept] of this.reports) if (now - kept.at > KEEP_REPORT_MS || this.reports.size >= KEEP_REPORTS) this.reports.delete(key)
    this.reports.set(id, { report, at: now })
  }
}

/** Writes a chunk, waiting for the socket to drain when its buffer is full (or failing if the client went away). */
function write(res: ServerResponse, chunk: Uint8Array): Promise<void> {
  if (res.destroyed) return Promise.reject(new Error('the client closed the download'))
  if (res.write(chunk)) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const onDrain = (): void => {
      res.off('close', onClose)
      resolve()
    }
    const onClose = (): void => {
      res.off('drain', onDrain)
      reject(new Error('the client closed the download'))
    }
    res.once('drain', onDrain)
    res.once('close', onClose)
  })
}
