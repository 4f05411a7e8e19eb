import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'

const electron = vi.hoisted(() => ({ Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() } }))
vi.mock('electron', () => electron)

const { buildMenuTemplate, installApplicationMenu } = await import('./menu')
const { SHORTCUTS, toAccelerator } = await import('../core/shared/shortcuts')
const { createTranslator } = await import('../core/shared/i18n/translator')

const english = createTranslator('en')
const arabic = createTranslator('ar')

const linux = { isPackaged: true, platform: 'linux' } as const

function actions() {
  return { exportProject: vi.fn(), showAbout: vi.fn(), sendCommand: vi.fn() }
}

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label)
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`)
  return menu.submenu
}

function click(item: MenuItemConstructorOptions | undefined): void {
  if (!item?.click) throw new Error('the item has no click action')
  ;(item.click as () => void)()
}

const roles = (items: MenuItemConstructorOptions[]) => items.map((item) => item.role).filter(Boolean)

describe('application menu', () => {
  it('offers File › Export as JSONL… and Export as CSV…, each wired to the export action', () => {
    const wired = actions()
    const file = submenu(buildMenuTemplate(wired, linux, english), 'File')
    click(file.find((item) => item.label === 'Export as JSONL…'))
    expect(wired.exportProject).toHaveBeenLastCalledWith('jsonl')
    click(file.find((item) => item.label === 'Export as CSV…'))
    expect(wired.exportProject).toHaveBeenLastCalledWith('csv')
    expect(wired.exportProject).toHaveBeenCalledTimes(2)
    expect(roles(file)).toEqual(['quit'])
  })

  it('has File, Edit (cut, copy, paste, select all), View (reload, zoom, full screen), Window and Help › About', () => {
    const wired = actions()
    const template = buildMenuTemplate(wired, linux, english)
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help'])
    expect(roles(submenu(template, 'Edit'))).toEqual(['cut', 'copy', 'paste', 'selectAll'])
    expect(roles(submenu(template, 'View'))).toEqual(['reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen'])
    expect(roles(submenu(template, 'Window'))).toEqual(['minimize', 'close'])
    click(submenu(template, 'Help').find((item) => item.label === 'About Tessera'))
    expect(wired.showAbout).toHaveBeenCalledTimes(1)
  })

  it('gives the app’s own items the accelerators of the one shortcuts table, shown but left to the page', () => {
    const wired = actions()
    const items = buildMenuTemplate(wired, linux, english).flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []))
    const expected: [string, string][] = [
      ['Open Project…', 'projects'],
      ['Project Settings…', 'projectSettings'],
      ['Undo', 'undo'],
      ['Redo', 'redo'],
      ['Find…', 'find'],
      ['Keyboard Shortcuts', 'shortcuts']
    ]
    for (const [label, id] of expected) {
      const item = items.find((candidate) => candidate.label === label)
      const chord = SHORTCUTS.find((shortcut) => shortcut.id === id)?.keys[0] ?? ''
      expect(item?.accelerator, label).toBe(toAccelerator(chord))
      // Registered, Ctrl+Z would be taken from text fields; the page's handler routes it instead.
      expect(item?.registerAccelerator, label).toBe(false)
      click(item)
      expect(wired.sendCommand).toHaveBeenLastCalledWith(id)
    }
    expect(toAccelerator('Mod+Shift+Z')).toBe('CmdOrCtrl+Shift+Z')
    // Every accelerator in the menu is one of the table's: no second, hand-written list.
    const tableAccelerators = new Set(SHORTCUTS.flatMap((shortcut) => shortcut.keys.map(toAccelerator)))
    for (const item of items.filter((candidate) => candidate.accelerator)) expect(tableAccelerators).toContain(item.accelerator)
  })

  it('offers project commands in File: open, new, sample, close, each sent to the app', () => {
    const wired = actions()
    const file = submenu(buildMenuTemplate(wired, linux, english), 'File')
    for (const [label, command] of [
      ['New Project…', 'newProject'],
      ['Open Sample Project', 'openSample'],
      ['Close Project', 'closeProject'],
      ['Backups…', 'backups']
    ] as const) {
      click(file.find((item) => item.label === label))
      expect(wired.sendCommand).toHaveBeenLastCalledWith(command)
    }
  })

  it('offers the developer tools only in an unpackaged (development) app', () => {
    expect(roles(submenu(buildMenuTemplate(actions(), linux, english), 'View'))).not.toContain('toggleDevTools')
    expect(roles(submenu(buildMenuTemplate(actions(), { ...linux, isPackaged: false }, english), 'View'))).toContain('toggleDevTools')
  })

  it('leads with the application menu on macOS only', () => {
    expect(buildMenuTemplate(actions(), { isPackaged: true, platform: 'darwin' }, english)[0]).toEqual({ role: 'appMenu' })
    expect(buildMenuTemplate(actions(), linux, english)[0]?.role).toBeUndefined()
  })

  it('leaves Electron’s standard items to Electron’s own English names (Exit on Windows, Quit elsewhere)', () => {
    const items = buildMenuTemplate(actions(), linux, english).flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []))
    expect(items.filter((item) => item.role && item.label)).toEqual([])
  })

  it('speaks Arabic: every menu and item named in Arabic, the same commands, roles and accelerators', () => {
    const wired = actions()
    const template = buildMenuTemplate(wired, { ...linux, isPackaged: false }, arabic)
    expect(template.map((item) => item.label)).toEqual(['ملف', 'تحرير', 'عرض', 'نافذة', 'مساعدة'])
    const file = submenu(template, 'ملف')
    click(file.find((item) => item.label === 'تصدير بصيغة CSV…'))
    expect(wired.exportProject).toHaveBeenLastCalledWith('csv')
    expect(file.find((item) => item.role === 'quit')?.label).toBe('إنهاء')
    expect(submenu(template, 'تحرير').map((item) => item.label ?? item.type)).toEqual(['تراجع', 'إعادة', 'separator', 'قص', 'نسخ', 'لصق', 'تحديد الكل', 'separator', 'بحث…'])
    click(submenu(template, 'مساعدة').find((item) => item.label === 'حول Tessera'))
    expect(wired.showAbout).toHaveBeenCalledTimes(1)
    // Every item a person reads has an Arabic name; the structure is the English menu's, item for item.
    const items = (menu: MenuItemConstructorOptions[]) => menu.flatMap((item) => (Array.isArray(item.submenu) ? item.submenu : []))
    const inEnglish = items(buildMenuTemplate(actions(), { ...linux, isPackaged: false }, english))
    const inArabic = items(template)
    expect(inArabic.map(({ role, accelerator, type }) => ({ role, accelerator, type }))).toEqual(inEnglish.map(({ role, accelerator, type }) => ({ role, accelerator, type })))
    for (const item of inArabic.filter((candidate) => candidate.type !== 'separator')) expect(item.label, item.role).toMatch(/[\u0621-\u064A]/u)
  })

  it('is installed as the application menu', () => {
    installApplicationMenu(actions(), linux, english)
    expect(electron.Menu.buildFromTemplate).toHaveBeenCalledTimes(1)
    const built = electron.Menu.buildFromTemplate.mock.results[0]?.value
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(built)
  })
})
