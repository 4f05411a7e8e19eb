import type { ThemeChoice } from '../state/use-theme'

const CHOICES: { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'System theme' },
  { value: 'light', label: 'Light theme' },
  { value: 'dark', label: 'Dark theme' }
]

export function ThemeSwitch({ choice, onChange }: { choice: ThemeChoice; onChange(choice: ThemeChoice): void }) {
  return (
    <select className="theme-switch" aria-label="Theme" value={choice} onChange={(event) => onChange(event.target.value as ThemeChoice)}>
      {CHOICES.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </select>
  )
}
