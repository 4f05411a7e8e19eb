import { useEffect, useState } from 'react'
import { onAnnouncement } from './announcer'

/** The window's one polite live region, present from the first render so its first message is read. */
export function Announcer() {
  const [message, setMessage] = useState('')
  useEffect(() => onAnnouncement(setMessage), [])
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {message}
    </div>
  )
}
