import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'

const electron = vi.hoisted(() => ({ Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() } }))
vi.mock('electron', () => electron)

const { buildMenuTemplate, installApplicationMenu } = await import('./menu')

const linux = { isPackaged: true, platform: 'linux' } as const

function actions() {
  return { exportProject: vi.fn(), showAbout: vi.fn() }
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
    const file = submenu(buildMenuTemplate(wired, linux), 'File')
    click(file.find((item) => item.label === 'Export as JSONL…'))
    expect(wired.exportProject).toHaveBeenLastCalledWith('jsonl')
    click(file.find((item) => item.label === 'Export as CSV…'))
    expect(wired.exportProject).toHaveBeenLastCalledWith('csv')
    expect(wired.exportProject).toHaveBeenCalledTimes(2)
    expect(roles(file)).toEqual(['quit'])
  })

  it('has Edit (copy, select all), View (reload, zoom) and Help › About', () => {
    const wired = actions()
    const template = buildMenuTemplate(wired, linux)
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help'])
    expect(roles(submenu(template, 'Edit'))).toEqual(['copy', 'selectAll'])
    expect(roles(submenu(template, 'View'))).toEqual(['reload', 'resetZoom', 'zoomIn', 'zoomOut'])
    click(submenu(template, 'Help').find((item) => item.label === 'About Tessera'))
    expect(wired.showAbout).toHaveBeenCalledTimes(1)
  })

  it('offers the developer tools only in an unpackaged (development) app', () => {
    expect(roles(submenu(buildMenuTemplate(actions(), linux), 'View'))).not.toContain('toggleDevTools')
    expect(roles(submenu(buildMenuTemplate(actions(), { ...linux, isPackaged: false }), 'View'))).toContain('toggleDevTools')
  })

  it('leads with the application menu on macOS only', () => {
    expect(buildMenuTemplate(actions(), { isPackaged: true, platform: 'darwin' })[0]).toEqual({ role: 'appMenu' })
    expect(buildMenuTemplate(actions(), linux)[0]?.role).toBeUndefined()
  })

  it('is installed as the application menu', () => {
    installApplicationMenu(actions(), linux)
    expect(electron.Menu.buildFromTemplate).toHaveBeenCalledTimes(1)
    const built = electron.Menu.buildFromTemplate.mock.results[0]?.value
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(built)
  })
})
