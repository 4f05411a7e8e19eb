import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { ExportFormat, ShellCommand } from '../core'
import type { MessageKey } from '../core/shared/i18n/catalogue'
import type { Translator } from '../core/shared/i18n/translator'
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
type Role = 'quit' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'reload' | 'toggleDevTools' | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'togglefullscreen' | 'minimize' | 'close'

/**
 * One of Electron's standard items. In English Electron names it (by the platform's convention: Exit on
 * Windows, Quit elsewhere), as it always did; in another language the catalogue does.
 */
function standard(role: Role, t: Translator): MenuItemConstructorOptions {
  return t.language === 'en' ? { role } : { role, label: t.t(`desktop.menu.role.${role}` satisfies MessageKey) }
}

function appCommand(label: string, command: ShellCommand, actions: MenuActions): MenuItemConstructorOptions {
  const accelerator = acceleratorOf(command)
  return {
    label,
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
    click: () => actions.sendCommand(command)
  }
}

/** The application menu as plain data, in `t`'s language: what it offers depends only on its arguments. */
export function buildMenuTemplate(actions: MenuActions, environment: MenuEnvironment, t: Translator): MenuItemConstructorOptions[] {
  const developerItems: MenuItemConstructorOptions[] = environment.isPackaged ? [] : [standard('toggleDevTools', t)]
  const template: MenuItemConstructorOptions[] = [
    {
      label: t.t('desktop.menu.file'),
      submenu: [
        appCommand(t.t('desktop.menu.openProject'), 'projects', actions),
        { label: t.t('desktop.menu.newProject'), click: () => actions.sendCommand('newProject') },
        { label: t.t('desktop.menu.openSample'), click: () => actions.sendCommand('openSample') },
        { label: t.t('desktop.menu.closeProject'), click: () => actions.sendCommand('closeProject') },
        { type: 'separator' },
        appCommand(t.t('desktop.menu.projectSettings'), 'projectSettings', actions),
        { label: t.t('desktop.menu.backups'), click: () => actions.sendCommand('backups') },
        { type: 'separator' },
        { label: t.t('desktop.menu.exportJsonl'), click: () => actions.exportProject('jsonl') },
        { label: t.t('desktop.menu.exportCsv'), click: () => actions.exportProject('csv') },
        { type: 'separator' },
        standard('quit', t)
      ]
    },
    {
      label: t.t('desktop.menu.edit'),
      submenu: [
        appCommand(t.t('desktop.menu.undo'), 'undo', actions),
        appCommand(t.t('desktop.menu.redo'), 'redo', actions),
        { type: 'separator' },
        standard('cut', t),
        standard('copy', t),
        standard('paste', t),
        standard('selectAll', t),
        { type: 'separator' },
        appCommand(t.t('desktop.menu.find'), 'find', actions)
      ]
    },
    {
      label: t.t('desktop.menu.view'),
      submenu: [
        standard('reload', t),
        ...developerItems,
        { type: 'separator' },
        standard('resetZoom', t),
        standard('zoomIn', t),
        standard('zoomOut', t),
        { type: 'separator' },
        standard('togglefullscreen', t)
      ]
    },
    { label: t.t('desktop.menu.window'), submenu: [standard('minimize', t), standard('close', t)] },
    {
      label: t.t('desktop.menu.help'),
      submenu: [
        appCommand(t.t('desktop.menu.shortcuts'), 'shortcuts', actions),
        { type: 'separator' },
        { label: t.t('desktop.menu.about'), click: () => actions.showAbout() }
      ]
    }
  ]
  // macOS puts the application's own menu first, named after the app.
  return environment.platform === 'darwin' ? [{ role: 'appMenu' }, ...template] : template
}

/** Installs the menu; called again, it replaces it (the renderer told another language). */
export function installApplicationMenu(actions: MenuActions, environment: MenuEnvironment, t: Translator): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(actions, environment, t)))
}
