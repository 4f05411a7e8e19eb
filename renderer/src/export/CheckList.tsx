import { useT } from '../i18n/I18nProvider'

interface CheckListProps<T extends string> {
  legend: string
  items: readonly { value: T; label: string }[]
  chosen: ReadonlySet<T>
  disabled?: boolean
  onChange(next: Set<T>): void
}

/** A fieldset of checkboxes over a set of values, with "all" and "none" shortcuts for long lists. */
export function CheckList<T extends string>({ legend, items, chosen, disabled = false, onChange }: CheckListProps<T>) {
  const { t } = useT()
  const toggle = (value: T, on: boolean) => {
    const next = new Set(chosen)
    if (on) next.add(value)
    else next.delete(value)
    onChange(next)
  }
  return (
    <fieldset className="check-list" disabled={disabled}>
      <legend>{legend}</legend>
      {items.length > 3 && (
        <div className="check-list-shortcuts">
          <button type="button" onClick={() => onChange(new Set(items.map((i) => i.value)))}>{t('exporting.checkList.all')}</button>
          <button type="button" onClick={() => onChange(new Set())}>{t('exporting.checkList.none')}</button>
        </div>
      )}
      {items.length === 0 && <p className="check-list-empty">{t('exporting.checkList.empty')}</p>}
      {items.map((item) => (
        <label key={item.value}>
          <input type="checkbox" checked={chosen.has(item.value)} onChange={(event) => toggle(item.value, event.target.checked)} />
          <span dir="auto">{item.label}</span>
        </label>
      ))}
    </fieldset>
  )
}
