import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { ExportFormat, ShellCommand } from '../core'
import { acceleratorOf } from '../core/shared/shortcuts'

export interface MenuActions {
  exportProject(format: ExportFormat): void
  showAbout(): void
  /** Passes a command to the focused window's app (start screen, settings, undo, find…). */
  sendCommand(command: ShellCommand): void
}

export interface MenuEnvironment {
  isPackaged: boolean
  platform: NodeJS.Platform
}

/**
 * An item for one of the app's own shortcuts: its accelerator comes from the shortcuts table, and is
 * shown but not registered, so the key reaches the page. There the app's key handler acts, except in a
 * text field, where Ctrl+Z stays the field's own undo (a registered accelerator would take it away).
 */
function appCommand(label: string, command: ShellCommand, actions: MenuActions): MenuItemConstructorOptions {
  const accelerator = acceleratorOf(command)
  return {
    label,
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
    click: () => actions.sendCommand(command)
  }
}

/** The application menu as plain data: what it offers depends only on its arguments. */
export function buildMenuTemplate(actions: MenuActions, environment: MenuEnvironment): MenuItemConstructorOptions[] {
  const developerItems: MenuItemConstructorOptions[] = environment.isPackaged ? [] : [{ role: 'toggleDevTools' }]
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        appCommand('Open Project…', 'projects', actions),
        { label: 'New Project…', click: () => actions.sendCommand('newProject') },
        { label: 'Open Sample Project', click: () => actions.sendCommand('openSample') },
        { label: 'Close Project', click: () => actions.sendCommand('closeProject') },
        { type: 'separator' },
        appCommand('Project Settings…', 'projectSettings', actions),
        { label: 'Backups…', click: () => actions.sendCommand('backups') },
        { type: 'separator' },
        { label: 'Export as JSONL…', click: () => actions.exportProject('jsonl') },
        { label: 'Export as CSV…', click: () => actions.exportProject('csv') },
        { type: 'separator' },
        { role: 'quit' }
      ]
    },
    {
      label: 'Edit',
      submenu: [
        appCommand('Undo', 'undo', actions),
        appCommand('Redo', 'redo', actions),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        appCommand('Find…', 'find', actions)
      ]
    },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        ...developerItems,
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' }
      ]
    },
    { label: 'Window', submenu: [{ role: 'minimize' }, { role: 'close' }] },
    {
      label: 'Help',
      submenu: [appCommand('Keyboard Shortcuts', 'shortcuts', actions), { type: 'separator' }, { label: 'About Tessera', click: () => actions.showAbout() }]
    }
  ]
  // macOS puts the application's own menu first, named after the app.
  return environment.platform === 'darwin' ? [{ role: 'appMenu' }, ...template] : template
}

export function installApplicationMenu(actions: MenuActions, environment: MenuEnvironment): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(actions, environment)))
}
