import type { KeyCommands } from '../keyboard/dispatcher'
import { useKeyCommands } from '../keyboard/KeyboardProvider'

type ReviewKeys = Pick<KeyCommands, 'moveToDisagreement' | 'acceptVersion' | 'mergeVersions' | 'acceptNone'>

const WRITING: Partial<KeyCommands> = { moveToDisagreement: () => undefined }

/**
 * The Review view's keys, through the workbench's one dispatcher: J / K (↓ / ↑ inside the view), 1–9, M and 0. While
 * the curator writes a version they decide nothing, and J / K stay the view's (never the reader's next annotation,
 * which would leave the view and the version being written).
 */
export function useReviewKeys(writing: boolean, keys: ReviewKeys): void {
  useKeyCommands(writing ? WRITING : keys)
}
