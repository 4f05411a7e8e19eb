const RETRY_DELAY_MS = 3000

/**
 * Reads a Server-Sent Events stream with fetch (EventSource cannot send an Authorization header),
 * calling `onEvent` for each event, and reconnects after the server goes away.
 */
export async function readServerSentEvents(
  url: string,
  headers: Record<string, string>,
  onEvent: (event: string, data: unknown) => void,
  /** Told true when a stream is open, false when the server cannot be reached. */
  onConnection: (connected: boolean) => void = () => undefined
): Promise<void> {
  for (;;) {
    try {
      const response = await fetch(url, { headers })
      // 429: the server already holds its limit of event streams (other tabs); one may close, so try again.
      if (response.status === 429) throw new Error('busy')
      if (!response.ok || !response.body) return
      onConnection(true)
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
      let buffer = ''
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        buffer += chunk.value
        const messages = buffer.split('\n\n')
        buffer = messages.pop() ?? ''
        for (const message of messages) dispatchMessage(message, onEvent)
      }
      onConnection(false)
    } catch (error) {
      // The server stopped or the network blipped: try again shortly.
      if (!(error instanceof Error && error.message === 'busy')) onConnection(false)
    }
    await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS))
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
