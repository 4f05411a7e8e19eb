import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'

/** The WCAG 2.0 and 2.1 A and AA rules every axe run checks. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/**
 * axe for a page: the WCAG A/AA rules plus `label-content-name-mismatch` (WCAG 2.5.3 Label in Name), which
 * axe marks experimental and so leaves out unless asked: a button showing "Claim 1" must be named so too.
 * `'every rule'`: axe's default set (best practices too) instead of the WCAG tags.
 */
export function axe(page: Page, tags: readonly string[] | 'every rule' = WCAG_TAGS): AxeBuilder {
  // `options` replaces what was set before, so it comes first and `withTags` adds the tags to it.
  const builder = new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
  return tags === 'every rule' ? builder : builder.withTags([...tags])
}
