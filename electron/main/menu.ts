import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { ExportFormat } from '../core'

export interface MenuActions {
  exportProject(format: ExportFormat): void
  showAbout(): void
}

export interface MenuEnvironment {
  isPackaged: boolean
  platform: NodeJS.Platform
}

/** The application menu as plain data: what it offers depends only on its arguments. */
export function buildMenuTemplate(actions: MenuActions, environment: MenuEnvironment): MenuItemConstructorOptions[] {
  const developerItems: MenuItemConstructorOptions[] = environment.isPackaged ? [] : [{ role: 'toggleDevTools' }]
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        { label: 'Export as JSONL…', accelerator: 'CmdOrCtrl+E', click: () => actions.exportProject('jsonl') },
        { label: 'Export as CSV…', accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.exportProject('csv') },
        { type: 'separator' },
        { role: 'quit' }
      ]
    },
    { label: 'Edit', submenu: [{ role: 'copy' }, { role: 'selectAll' }] },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        ...developerItems,
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' }
      ]
    },
    { label: 'Help', submenu: [{ label: 'About Tessera', click: () => actions.showAbout() }] }
  ]
  // macOS puts the application's own menu first, named after the app.
  return environment.platform === 'darwin' ? [{ role: 'appMenu' }, ...template] : template
}

export function installApplicationMenu(actions: MenuActions, environment: MenuEnvironment): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(actions, environment)))
}
