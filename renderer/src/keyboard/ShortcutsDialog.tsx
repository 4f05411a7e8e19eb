import { displayKeys, SHORTCUTS } from './shortcuts'
import { Dialog } from '../shared/Dialog'

/** Every shortcut, from the one table the key handlers use. */
export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const groups = [...new Set(SHORTCUTS.map((s) => s.group))]
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      {groups.map((group) => (
        <section key={group}>
          <h3 className="dialog-section">{group}</h3>
          <table className="shortcuts-table">
            <tbody>
              {SHORTCUTS.filter((s) => s.group === group).map((shortcut) => (
                <tr key={shortcut.id}>
                  <td>
                    {shortcut.keys.map((chord, i) => (
                      <span key={chord}>
                        {i > 0 && ' or '}
                        <kbd>{displayKeys(chord)}</kbd>
                      </span>
                    ))}
                  </td>
                  <td>{shortcut.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </Dialog>
  )
}
