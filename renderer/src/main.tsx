import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createApiClient } from './api/create-client'
import { I18nProvider } from './i18n/I18nProvider'
import { ShellLanguage } from './i18n/ShellLanguage'
import { KeyboardProvider } from './keyboard/KeyboardProvider'
import { Root } from './projects/Root'
import { ClientProvider } from './store/context'
import './styles/tiptap.css'
import './styles/app.css'

const root = createRoot(document.getElementById('root') as HTMLElement)
const client = createApiClient()
root.render(
  <StrictMode>
    <I18nProvider>
      {'error' in client ? (
        <div className="startup-error" role="alert">
          <h1>Tessera</h1>
          <p>{client.error}</p>
        </div>
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
