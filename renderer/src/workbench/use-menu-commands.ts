import { useEffect, useRef } from 'react'
import type { ApiClient } from '../api/client'
import { isTyping } from '../keyboard/dispatcher'

interface MenuCommands {
  undo(): void
  redo(): void
  find(): void
  showShortcuts(): void
}

/**
 * The desktop menu's Edit ▸ Undo / Redo, Find… and Help ▸ Keyboard Shortcuts, clicked with the mouse: in a
 * text field Undo and Redo act on the text (as Ctrl+Z does there), elsewhere on the project's history.
 */
export function useMenuCommands(client: ApiClient, actions: MenuCommands): void {
  const latest = useRef(actions)
  useEffect(() => {
    latest.current = actions
  })
  useEffect(
    () =>
      client.on('shell.command', ({ command }) => {
        const inText = isTyping(document.activeElement)
        if (command === 'undo') {
          if (inText) document.execCommand('undo')
          else latest.current.undo()
        } else if (command === 'redo') {
          if (inText) document.execCommand('redo')
          else latest.current.redo()
        } else if (command === 'find') latest.current.find()
        else if (command === 'shortcuts') latest.current.showShortcuts()
      }),
    [client]
  )
}
