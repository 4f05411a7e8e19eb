import { BrowserWindow, ipcMain, type WebContents } from 'electron'
import type { z } from 'zod'
import { ApiError, parseInput, shellContract, toApiError, type Core, type Envelope } from '../core'
import type { ShellContract, ShellMethod, ShellResult } from '../core'
import { EVENT_CHANNEL, INVOKE_CHANNEL, type EventMessage } from '../preload/bridge'
import { said } from '../core/shared/i18n/said'
import type { UrlCheck } from './app-origin'

export type ShellHandlers = {
  [M in ShellMethod]: (input: z.output<ShellContract[M]['input']>, sender: WebContents) => Promise<ShellResult<M>>
}

/** The part of an IpcMainInvokeEvent the transport reads; narrow so tests can build one. */
export interface InvokeEvent {
  readonly sender: WebContents
  readonly senderFrame: { readonly url: string } | null
}

export interface InvokeHandlerOptions {
  core: Core
  shellHandlers: ShellHandlers
  isTrustedUrl: UrlCheck
}

function isShellMethod(name: string): name is ShellMethod {
  return Object.hasOwn(shellContract, name)
}

function senderUrl(event: InvokeEvent): string | null {
  try {
    return event.senderFrame?.url ?? null
  } catch {
    // A frame that navigated away or was destroyed can no longer be asked for its URL.
    return null
  }
}

async function runShellMethod(method: ShellMethod, input: unknown, options: InvokeHandlerOptions, sender: WebContents) {
  // The contract pairs each shell method with its schema, so the parsed input fits its handler.
  const handler = options.shellHandlers[method] as (input: never, sender: WebContents) => Promise<unknown>
  return handler(parseInput(method, shellContract[method].input, input) as never, sender)
}

/** The IPC transport: checks who is calling, then answers in the main process (shell methods) or the core. */
export function createInvokeHandler(options: InvokeHandlerOptions) {
  return async (event: InvokeEvent, method: unknown, input: unknown, project?: unknown): Promise<Envelope<unknown>> => {
    const url = senderUrl(event)
    if (url === null || !options.isTrustedUrl(url)) {
      return { ok: false, error: new ApiError('forbidden', said('problems.ipc.forbidden', { url: url ?? said('problems.ipc.unknownFrame') })).toBody() }
    }
    if (typeof method !== 'string') {
      return { ok: false, error: new ApiError('unknown-method', said('problems.ipc.methodNotString')).toBody() }
    }
    if (!isShellMethod(method)) return options.core.dispatch(method, input, { project: typeof project === 'string' ? project : undefined })
    try {
      return { ok: true, result: await runShellMethod(method, input, options, event.sender) }
    } catch (error) {
      return { ok: false, error: toApiError(error).toBody() }
    }
  }
}

export function registerInvokeHandler(options: InvokeHandlerOptions): void {
  ipcMain.handle(INVOKE_CHANNEL, createInvokeHandler(options))
}

/** Passes every core event on to `send`; returns the function that stops forwarding. */
export function forwardCoreEvents(core: Core, send: (message: EventMessage) => void): () => void {
  return core.onAny(send)
}

export function sendToAllWindows(message: EventMessage): void {
  for (const window of BrowserWindow.getAllWindows()) sendToWindow(window, message)
}

export function sendToWindow(window: BrowserWindow, message: EventMessage): void {
  if (!window.webContents.isDestroyed()) window.webContents.send(EVENT_CHANNEL, message)
}
