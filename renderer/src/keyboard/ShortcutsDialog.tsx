import { displayKeys, SHORTCUTS } from './shortcuts'
import '../styles/fields.css'
import { Dialog } from '../shared/Dialog'
import { useProjectState } from '../store/context'
import { Guideline } from '../tags/Guideline'

/** The project's tags with their keys and guidelines: what each key applies, and when to use it. */
function TagKeys() {
  const tags = useProjectState((state) => state.tags)
  return (
    <section>
      <h3 className="dialog-section">Tags</h3>
      <table className="shortcuts-table">
        <tbody>
          {tags.map((tag) => (
            <tr key={tag.id}>
              <td>{tag.key ? <kbd>{tag.key}</kbd> : 'toolbar'}</td>
              <td>
                <bdi>{tag.label}</bdi>
                <Guideline text={tag.description} className="shortcut-guideline" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

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
      <TagKeys />
    </Dialog>
  )
}
