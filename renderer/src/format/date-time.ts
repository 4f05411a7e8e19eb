// One formatter for every call: `toLocaleString` with options builds a new one each time (costly in lists of thousands).
const DATE_TIME = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' })

/** A stored ISO time as the user reads it: "21 Nov 2026, 14:05". */
export function formatDateTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return DATE_TIME.format(date)
}
