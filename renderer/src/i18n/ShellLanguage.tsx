import { useEffect } from 'react'
import { useClient } from '../store/context'
import { useT } from './I18nProvider'

/**
 * Tells the desktop app the language the interface shows (on start and on each change), so its native
 * menu and dialogs speak it too. Renders nothing; in browser mode there is nothing to tell.
 */
export function ShellLanguage(): null {
  const client = useClient()
  const { language, digits } = useT()
  useEffect(() => {
    // A menu left in the previous language is not worth interrupting the user for.
    client.setShellLanguage?.(language, digits).catch(() => undefined)
  }, [client, language, digits])
  return null
}
