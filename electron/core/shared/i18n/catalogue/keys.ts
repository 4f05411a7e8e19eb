import type { en } from './en/index'

export type MessageKey = keyof typeof en
/** Every message of the interface in one language, under the keys the English catalogue defines. */
export type Catalogue = Record<MessageKey, string>
