import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createApiClient } from './api/create-client'
import { App } from './App'
import './styles/app.css'

const root = createRoot(document.getElementById('root') as HTMLElement)
const client = createApiClient()
root.render(
  <StrictMode>
    {'error' in client ? <p className="startup-error">{client.error}</p> : <App client={client} />}
  </StrictMode>
)
