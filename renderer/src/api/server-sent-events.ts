/** Retries start quickly (a restart takes a second or two) and slow down to this while the server stays away. */
const FIRST_RETRY_MS = 1_000
const MAX_RETRY_MS = 15_000

/** Why the tab is not connected: the server does not answer, or answers at this address with another token. */
export type DisconnectReason = 'unreachable' | 'stale-token'

/**
 * Reads a Server-Sent Events stream with fetch (EventSource cannot send an Authorization header),
 * calling `onEvent` for each event, and reconnects after the server goes away.
 */
export async function readServerSentEvents(
  url: string,
  headers: Record<string, string>,
  onEvent: (event: string, data: unknown) => void,
  /** Told true when a stream is open, false (with why) when the server cannot be reached. */
  onConnection: (connected: boolean, reason?: DisconnectReason) => void = () => undefined
): Promise<void> {
  let delay = FIRST_RETRY_MS
  for (;;) {
    try {
      const response = await fetch(url, { headers })
      // 429: the server already holds its limit of event streams (other tabs); one may close, so try again.
      if (response.status === 429) throw new Error('busy')
      // 401: a server is back at this address with another token; keep asking, in case this tab's server returns.
      if (response.status === 401) onConnection(false, 'stale-token')
      else if (!response.ok || !response.body) return
      else {
        onConnection(true)
        delay = FIRST_RETRY_MS
        await readStream(response.body, onEvent)
        onConnection(false, 'unreachable')
      }
    } catch (error) {
      // The server stopped or the network blipped: try again shortly.
      if (!(error instanceof Error && error.message === 'busy')) onConnection(false, 'unreachable')
    }
    await new Promise((resolve) => setTimeout(resolve, delay))
    delay = Math.min(delay * 2, MAX_RETRY_MS)
  }
}

async function readStream(body: NonNullable<Response['body']>, onEvent: (event: string, data: unknown) => void): Promise<void> {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader()
  let buffer = ''
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    buffer += chunk.value
    const messages = buffer.split('\n\n')
    buffer = messages.pop() ?? ''
    for (const message of messages) dispatchMessage(message, onEvent)
  }
}

function dispatchMessage(message: string, onEvent: (event: string, data: unknown) => void): void {
  let event = 'message'
  const data: string[] = []
  for (const line of message.split('\n')) {
    if (line.startsWith('event:')) event = line.slice(6).trim()
    else if (line.startsWith('data:')) data.push(line.slice(5).trimStart())
  }
  if (data.length === 0) return
  try {
    onEvent(event, JSON.parse(data.join('\n')))
  } catch {
    // A malformed event is dropped; the next refresh of the list corrects any missed count.
  }
}
