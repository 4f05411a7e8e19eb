import './zod-without-eval'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createApiClient } from './api/create-client'
import { KeyboardProvider } from './keyboard/KeyboardProvider'
import { Root } from './projects/Root'
import type { MessageKey } from '@core/shared/i18n/catalogue'
import { I18nProvider, useT } from './i18n/I18nProvider'
import { ShellLanguage } from './i18n/ShellLanguage'
import { StartupError } from './shared/StartupError'
import { ClientProvider } from './store/context'
import './styles/tiptap.css'
import './styles/app.css'

function NoClient({ message }: { message: MessageKey }) {
  const { t } = useT()
  return <StartupError message={t(message)} />
}

const root = createRoot(document.getElementById('root') as HTMLElement)
const client = createApiClient()
root.render(
  <StrictMode>
    <I18nProvider>
      {'error' in client ? (
        <NoClient message={client.error} />
      ) : (
        <ClientProvider client={client}>
          <ShellLanguage />
          <KeyboardProvider>
            <Root />
          </KeyboardProvider>
        </ClientProvider>
      )}
    </I18nProvider>
  </StrictMode>
)
