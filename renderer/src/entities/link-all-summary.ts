import type { Translator } from '@core/shared/i18n/translator'
import type { LinkAllResult } from '@core/shared/model/views'
import { sentence } from './sentence'
import { userText } from '../i18n/user-text'

/** What `Link all` did, in words for the panel's status line. */
export function linkAllSummary(t: Translator, result: LinkAllResult): string {
  const name = userText(t, result.entity.name)
  const { linked, tagged, documents } = result
  const parts: string[] = []
  if (linked + tagged === 0) parts.push(t.t('entities.linkAll.noNew', { name }))
  else if (tagged === 0) parts.push(t.t('entities.linkAll.linked', { linked, documents, name }))
  else if (linked === 0) parts.push(t.t('entities.linkAll.tagged', { tagged, documents, name }))
  else parts.push(t.t('entities.linkAll.linkedAndTagged', { linked, tagged, documents, name }))
  if (result.alreadyLinked > 0) parts.push(t.t('entities.linkAll.alreadyLinked', { count: result.alreadyLinked }))
  if (result.skipped > 0) parts.push(t.t('entities.link.skipped', { count: result.skipped }))
  return sentence(t, parts)
}
