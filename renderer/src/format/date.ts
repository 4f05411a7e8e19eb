const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })

/** `2024-12-02` → `2 Dec 2024`; an unknown date → `undated`. */
export function formatDate(isoDate: string | null): string {
  if (!isoDate) return 'undated'
  const date = new Date(`${isoDate}T00:00:00Z`)
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date)
}
