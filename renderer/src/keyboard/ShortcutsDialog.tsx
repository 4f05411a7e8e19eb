import { displayKeys, SHORTCUTS } from './shortcuts'
import '../styles/fields.css'
import { useT } from '../i18n/I18nProvider'
import { Dialog } from '../shared/Dialog'
import { useProjectState } from '../store/context'
import { Guideline } from '../tags/Guideline'

/** The project's tags with their keys and guidelines: what each key applies, and when to use it. */
function TagKeys() {
  const { t } = useT()
  const tags = useProjectState((state) => state.tags)
  return (
    <section>
      <h3 className="dialog-section">{t('shell.shortcuts.tags')}</h3>
      <table className="shortcuts-table">
        <tbody>
          {tags.map((tag) => (
            <tr key={tag.id}>
              <td>{tag.key ? <kbd>{tag.key}</kbd> : t('shell.shortcuts.toolbar')}</td>
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

/** Every shortcut, from the one table the key handlers use; key names stay as the keyboard writes them. */
export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const { t } = useT()
  const groups = [...new Set(SHORTCUTS.map((s) => s.group))]
  return (
    <Dialog title={t('shell.keyboardShortcuts')} onClose={onClose}>
      {groups.map((group) => (
        <section key={group}>
          <h3 className="dialog-section">{t(`shell.shortcuts.group.${group}`)}</h3>
          <table className="shortcuts-table">
            <tbody>
              {SHORTCUTS.filter((s) => s.group === group).map((shortcut) => (
                <tr key={shortcut.id}>
                  <td>
                    {shortcut.keys.map((chord, i) => (
                      <span key={chord}>
                        {i > 0 && t('shell.shortcuts.or')}
                        <kbd>{displayKeys(chord)}</kbd>
                      </span>
                    ))}
                  </td>
                  <td>{t(shortcut.description)}</td>
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
