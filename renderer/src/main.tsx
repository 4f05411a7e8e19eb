import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createApiClient } from './api/create-client'
import { KeyboardProvider } from './keyboard/KeyboardProvider'
import { Root } from './projects/Root'
import { ClientProvider } from './store/context'
import './styles/tiptap.css'
import './styles/app.css'

const root = createRoot(document.getElementById('root') as HTMLElement)
const client = createApiClient()
root.render(
  <StrictMode>
    {'error' in client ? (
      <div className="startup-error" role="alert">
        <h1>Tessera</h1>
        <p>{client.error}</p>
      </div>
    ) : (
      <ClientProvider client={client}>
        <KeyboardProvider>
          <Root />
        </KeyboardProvider>
      </ClientProvider>
    )}
  </StrictMode>
)
