import type { Page } from '@playwright/test'
import type { Input, Method, Result } from '../../electron/core/shared/contract'

/** Calls the running app's API as the page does (browser mode: its token, its origin); throws with the core's message. */
export async function callApi<M extends Method>(page: Page, method: M, input: Input<M>): Promise<Result<M>> {
  const envelope = await page.evaluate(
    async ({ method, input }) => {
      const token = sessionStorage.getItem('tessera.token') ?? ''
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input)
      })
      return (await response.json()) as { ok: boolean; result?: unknown; error?: { message: string } }
    },
    { method, input: input as unknown }
  )
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.message ?? 'failed'}`)
  return envelope.result as Result<M>
}
