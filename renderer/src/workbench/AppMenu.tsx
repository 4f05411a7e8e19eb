import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import type { MessageKey } from '@core/shared/i18n/catalogue'
import { LANGUAGES, type Digits } from '@core/shared/i18n/locale'
import { useLanguageSetting, useT } from '../i18n/I18nProvider'
import type { LanguageChoice } from '../i18n/language-setting'
import type { ThemeChoice } from './use-theme'

export interface MenuAction {
  label: string
  onSelect(): void
  /** `aria-keyshortcuts` value, from the shortcuts table. */
  keys?: string
}

interface AppMenuProps {
  actions: readonly MenuAction[]
  theme: ThemeChoice
  onTheme(choice: ThemeChoice): void
}

const THEMES: { value: ThemeChoice; label: MessageKey }[] = [
  { value: 'system', label: 'shell.theme.system' },
  { value: 'light', label: 'shell.theme.light' },
  { value: 'dark', label: 'shell.theme.dark' }
]
const LANGUAGE_CHOICES: LanguageChoice[] = ['system', ...LANGUAGES]
const DIGITS: Digits[] = ['arab', 'latn']

/**
 * The top bar's menu for what is used now and then (projects, settings, tags, shortcuts, theme): the
 * WAI-ARIA menu button. Enter, Space or ↓ open it on the first item, ↑ on the last; arrows, Home and
 * End move; Escape closes it and returns focus to the button; Tab or a click elsewhere closes it.
 */
export function AppMenu({ actions, theme, onTheme }: AppMenuProps) {
  const { t, language, digits: shownDigits } = useT()
  const { setting, chooseLanguage, chooseDigits } = useLanguageSetting()
  const [open, setOpen] = useState<false | 'first' | 'last'>(false)
  const button = useRef<HTMLButtonElement>(null)
  const menu = useRef<HTMLDivElement>(null)
  const menuId = useId()

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])]

  useEffect(() => {
    if (!open) return
    const all = items()
    ;(open === 'last' ? all[all.length - 1] : all[0])?.focus()
    function onPointerDown(event: PointerEvent) {
      const target = event.target as Node
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false)
    }
    window.addEventListener('pointerdown', onPointerDown)
    return () => window.removeEventListener('pointerdown', onPointerDown)
  }, [open])

  function close(returnFocus: boolean) {
    setOpen(false)
    if (returnFocus) button.current?.focus()
  }

  function choose(run: () => void) {
    close(true)
    run()
  }

  function onMenuKeyDown(event: KeyboardEvent) {
    const all = items()
    const index = all.indexOf(document.activeElement as HTMLElement)
    const move = (to: number) => all[(to + all.length) % all.length]?.focus()
    if (event.key === 'ArrowDown') move(index + 1)
    else if (event.key === 'ArrowUp') move(index - 1)
    else if (event.key === 'Home') move(0)
    else if (event.key === 'End') move(all.length - 1)
    else if (event.key === 'Escape') close(true)
    else if (event.key === 'Tab') return close(false)
    else return
    event.preventDefault()
    event.stopPropagation()
  }

  return (
    <div className="app-menu">
      <button
        ref={button}
        type="button"
        className="app-menu-button"
        aria-haspopup="menu"
        aria-expanded={open !== false}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen(open ? false : 'first')}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault()
            setOpen(event.key === 'ArrowDown' ? 'first' : 'last')
          }
        }}
      >
        {t('shell.menu')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div ref={menu} id={menuId} className="app-menu-list" role="menu" aria-label={t('shell.menu')} onKeyDown={onMenuKeyDown}>
          {actions.map((action) => (
            <button key={action.label} type="button" role="menuitem" tabIndex={-1} aria-keyshortcuts={action.keys} onClick={() => choose(action.onSelect)}>
              {action.label}
            </button>
          ))}
          <div role="group" aria-label={t('shell.theme')} className="app-menu-group">
            {THEMES.map((choice) => (
              <MenuRadio key={choice.value} checked={theme === choice.value} onSelect={() => choose(() => onTheme(choice.value))}>
                {t(choice.label)}
              </MenuRadio>
            ))}
          </div>
          <div role="group" aria-label={t('common.language')} className="app-menu-group">
            {LANGUAGE_CHOICES.map((choice) => (
              <MenuRadio key={choice} checked={setting.choice === choice} onSelect={() => choose(() => chooseLanguage(choice))}>
                {/* A language's name is written in that language, so either can be found from the other. */}
                {choice === 'system' ? t('common.language.system') : <span lang={choice}>{t(`common.language.${choice}`)}</span>}
              </MenuRadio>
            ))}
          </div>
          {language === 'ar' && (
            <div role="group" aria-label={t('common.digits')} className="app-menu-group">
              {DIGITS.map((digits) => (
                <MenuRadio key={digits} checked={shownDigits === digits} onSelect={() => choose(() => chooseDigits(digits))}>
                  {t(`common.digits.${digits}`)}
                </MenuRadio>
              ))}
            </div>
          )}
        </div>
      )}
    </div>
  )
}

function MenuRadio({ checked, onSelect, children }: { checked: boolean; onSelect(): void; children: ReactNode }) {
  return (
    <button type="button" role="menuitemradio" tabIndex={-1} aria-checked={checked} onClick={onSelect}>
      <span className="app-menu-check" aria-hidden="true">
        {checked ? '●' : ''}
      </span>
      {children}
    </button>
  )
}
