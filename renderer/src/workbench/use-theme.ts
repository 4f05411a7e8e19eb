import { useEffect, useState } from 'react'

export type ThemeChoice = 'system' | 'light' | 'dark'
const THEME_KEY = 'tessera.theme'

function stored(): ThemeChoice {
  const value = localStorage.getItem(THEME_KEY)
  return value === 'light' || value === 'dark' ? value : 'system'
}

/**
 * Light or dark: follows the system (prefers-color-scheme) until the user picks one, and remembers the
 * pick. Sets `data-theme` on the root element; the stylesheet's custom properties do the rest.
 */
export function useTheme(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const [choice, setChoice] = useState<ThemeChoice>(stored)
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)')
    const apply = () => {
      const theme = choice === 'system' ? (media.matches ? 'dark' : 'light') : choice
      document.documentElement.dataset.theme = theme
    }
    apply()
    media.addEventListener('change', apply)
    return () => media.removeEventListener('change', apply)
  }, [choice])
  const choose = (next: ThemeChoice) => {
    if (next === 'system') localStorage.removeItem(THEME_KEY)
    else localStorage.setItem(THEME_KEY, next)
    setChoice(next)
  }
  return [choice, choose]
}
