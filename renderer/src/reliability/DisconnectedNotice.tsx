import type { ReactNode } from 'react'
import { useProjectState } from '../store/context'
import { RichMessage } from '../i18n/user-text'

const FORMATTING = { strong: (chunks: ReactNode[]) => <strong>{chunks}</strong>, code: (chunks: ReactNode[]) => <code>{chunks}</code> }

/**
 * Browser mode, when the server is gone: what the tab is doing about it and what the user can do. The tab
 * retries by itself (Tessera started again at the same address takes its last token, so the tab reconnects);
 * a server with another token or at another address cannot be found from here, so it says how to find it.
 */
export function DisconnectedNotice() {
  const connected = useProjectState((state) => state.connected)
  const reason = useProjectState((state) => state.disconnectReason)
  if (connected) return null
  return (
    <div className="disconnected-notice" role="alert">
      <p>
        <RichMessage id={reason === 'stale-token' ? 'reliability.disconnected.staleToken' : 'reliability.disconnected.notAnswering'} values={FORMATTING} />
      </p>
    </div>
  )
}
