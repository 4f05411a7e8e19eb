import { useState, type KeyboardEvent, type ReactNode } from 'react'

export interface ComboboxOption {
  id: string
  label: string
  /** A second, quieter line: where the option is, what it is. */
  detail?: string
}

interface ComboboxProps {
  id: string
  label: string
  value: string
  placeholder?: string
  options: readonly ComboboxOption[]
  /** Shown in the list when no option is there to choose. */
  emptyText?: string
  disabled?: boolean
  describedBy?: string
  onInputChange(text: string): void
  onChoose(option: ComboboxOption): void
  /** Called when the list opens (typing, Down, Alt+Down, a click): a chance to load fresh options. */
  onOpen?(): void
  /** Controls beside the input (a pick button). */
  children?: ReactNode
}

/**
 * An editable combobox with a list popup (the WAI-ARIA combobox pattern, list autocomplete): the list
 * opens on typing, Down (first option active), Alt+Down or a click, not on focus (so tabbing through the
 * panel never covers it); Down/Up move the active option (`aria-activedescendant`, focus stays in the
 * input), Enter chooses, Escape closes the list (a second Escape is left to the panel).
 */
export function Combobox(props: ComboboxProps) {
  const { id, label, value, placeholder, options, emptyText, disabled, describedBy, onInputChange, onChoose, onOpen, children } = props
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const listId = `${id}-list`
  const activeIndex = active < options.length ? active : options.length - 1
  const activeOption = open && activeIndex >= 0 ? options[activeIndex] : undefined

  function openList(first = -1) {
    if (!open) onOpen?.()
    setOpen(true)
    setActive(first)
  }

  function choose(option: ComboboxOption) {
    setOpen(false)
    setActive(-1)
    onChoose(option)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      if (!open || event.altKey) return openList(event.altKey ? -1 : 0)
      setActive(options.length === 0 ? -1 : (activeIndex + 1) % options.length)
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      if (!open) return openList(options.length - 1)
      setActive(options.length === 0 ? -1 : activeIndex <= 0 ? options.length - 1 : activeIndex - 1)
    } else if (event.key === 'Enter') {
      if (!activeOption) return
      event.preventDefault()
      choose(activeOption)
    } else if (event.key === 'Escape') {
      if (!open) return
      event.preventDefault()
      event.stopPropagation()
      setOpen(false)
      setActive(-1)
    }
  }

  return (
    <div className="field combobox">
      <label htmlFor={id}>{label}</label>
      <div className="combobox-row">
        <input dir="auto"
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeOption ? `${listId}-${activeIndex}` : undefined}
          aria-describedby={describedBy}
          placeholder={placeholder}
          disabled={disabled}
          value={value}
          onChange={(event) => {
            onInputChange(event.target.value)
            openList(0)
          }}
          onKeyDown={onKeyDown}
          onClick={() => {
            if (!open) openList()
          }}
          onBlur={() => setOpen(false)}
        />
        {children}
      </div>
      <ul id={listId} role="listbox" aria-label={label} className="combobox-list" hidden={!open || options.length === 0}>
        {options.map((option, index) => (
          <li
            key={option.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === activeIndex}
            className="combobox-option"
            // The input keeps focus: a press on an option must not blur it (which would close the list first).
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(option)}
          >
            <bdi className="combobox-label">{option.label}</bdi>
            {option.detail && <span className="combobox-detail">{option.detail}</span>}
          </li>
        ))}
      </ul>
      {open && options.length === 0 && emptyText && <p className="combobox-empty">{emptyText}</p>}
    </div>
  )
}
