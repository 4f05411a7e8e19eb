import { useProjectState } from '../store/context'

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
      {reason === 'stale-token' ? (
        <p>
          <strong>Tessera was started again with a new key, so this tab cannot reconnect.</strong> Open the address it printed when it started;
          to print it again, run <code>npx tessera address</code> in the Tessera folder.
        </p>
      ) : (
        <p>
          <strong>Tessera’s server is not answering.</strong> This tab reconnects by itself when Tessera starts again at this address (npm start
          or tessera serve); if it starts at another address, run <code>npx tessera address</code> to print it and open that.
        </p>
      )}
    </div>
  )
}
