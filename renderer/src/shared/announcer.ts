/**
 * One polite live region for the whole window: results of actions said in words ("Tagged 'Hama' as
 * Place"). Any part of the renderer calls `announce(message)`; the `<Announcer>` component, mounted once
 * from the start, renders the latest message. A screen reader reads a live region only when its text
 * changes, so the same message twice in a row is made different with an invisible character.
 */
type Listener = (message: string) => void

const listeners = new Set<Listener>()
let last = ''

export function announce(message: string): void {
  const text = message === last ? `${message}\u00a0` : message
  last = text
  for (const listener of listeners) listener(text)
}

export function onAnnouncement(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** A quote as announcements name it: on one line, cut to a few words (the message puts the quotation marks around it). */
export function shortQuote(text: string, maxLength = 40): string {
  const oneLine = text.replace(/\s+/g, ' ').trim()
  return oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine
}
