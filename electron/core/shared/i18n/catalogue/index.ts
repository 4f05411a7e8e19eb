import type { Language } from '../locale'
import { ar } from './ar/index'
import { en } from './en/index'
import type { Catalogue } from './keys'

export type { Catalogue, MessageKey } from './keys'

export function catalogueOf(language: Language): Catalogue {
  return language === 'ar' ? ar : en
}
