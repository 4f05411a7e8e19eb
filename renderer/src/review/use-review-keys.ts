import type { KeyCommands } from '../keyboard/dispatcher'
import { useKeyCommands } from '../keyboard/KeyboardProvider'

type ReviewKeys = Pick<KeyCommands, 'moveToDisagreement' | 'acceptVersion' | 'mergeVersions' | 'acceptNone'>

const NO_KEYS: Partial<KeyCommands> = {}

/**
 * The Review view's keys, through the workbench's one dispatcher: J / K (↓ / ↑ inside the view), 1–9, M and 0, while
 * `active` (a disagreement is shown and the curator is not writing a version, whose keys are the fields').
 */
export function useReviewKeys(active: boolean, keys: ReviewKeys): void {
  useKeyCommands(active ? keys : NO_KEYS)
}
