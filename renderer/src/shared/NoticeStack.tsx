import type { ReactNode } from 'react'
import '../styles/notices.css'

/** The bottom of the window where notices appear, one above the other, so none covers another (an export's and an undo's). */
export function NoticeStack({ children }: { children: ReactNode }) {
  return <div className="notice-stack">{children}</div>
}
