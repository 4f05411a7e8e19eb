import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, type ElectronApplication } from '@playwright/test'
import { SHORTCUTS, toAccelerator } from '../electron/core/shared/shortcuts'
import { electronRuntime, expect, test } from './support/fixtures'

const skipReason = electronRuntime.found ? '' : `no Electron runtime on this machine (${electronRuntime.reason}); the menu and window-state specs need a real desktop app`

interface MenuEntry {
  label: string
  role: string | null
  accelerator: string | null
}

async function launch(home: string): Promise<ElectronApplication> {
  const binary = electronRuntime.found ? electronRuntime.binary : ''
  return electron.launch({
    executablePath: binary,
    args: ['.', '--project', join(home, 'project'), `--user-data-dir=${join(home, 'user-data')}`],
    env: { ...process.env, TESSERA_DATA: join(home, 'data'), TESSERA_AUTHOR: 'E2E Analyst' }
  })
}

test.describe('desktop shell', () => {
  test.skip(!electronRuntime.found, skipReason)
  let home = ''
  test.beforeEach(async () => {
    home = await mkdtemp(join(tmpdir(), 'tessera-shell-'))
  })
  test.afterEach(async () => {
    await rm(home, { recursive: true, force: true })
  })

  test('has File, Edit, View, Window and Help, with the app items keyed as the shortcuts table says', async () => {
    const app = await launch(home)
    try {
      await app.firstWindow()
      const menus = await app.evaluate(({ Menu }) =>
        (Menu.getApplicationMenu()?.items ?? []).map((menu) => ({
          label: menu.label,
          items: (menu.submenu?.items ?? []).map((item) => ({ label: item.label, role: item.role ?? null, accelerator: item.accelerator ?? null }))
        }))
      )
      const labels = menus.map((menu) => menu.label).filter((label) => label !== 'Tessera' && label !== 'Electron')
      expect(labels).toEqual(['File', 'Edit', 'View', 'Window', 'Help'])
      const items: MenuEntry[] = menus.flatMap((menu) => menu.items)
      const acceleratorOf = (label: string): string | null => items.find((item) => item.label === label)?.accelerator ?? null
      const tableAccelerator = (id: string): string => toAccelerator(SHORTCUTS.find((shortcut) => shortcut.id === id)?.keys[0] ?? '')
      expect(acceleratorOf('Undo')).toBe(tableAccelerator('undo'))
      expect(acceleratorOf('Find…')).toBe(tableAccelerator('find'))
      expect(acceleratorOf('Open Project…')).toBe(tableAccelerator('projects'))
      expect(items.map((item) => item.role?.toLowerCase())).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectall', 'quit', 'minimize']))
    } finally {
      await app.close()
    }
  })

  test('reopens the window where and as large as it was left', async () => {
    const first = await launch(home)
    await first.firstWindow()
    await first.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.setBounds({ x: 40, y: 30, width: 1000, height: 700 }))
    await first.close()
    const second = await launch(home)
    try {
      await second.firstWindow()
      const bounds = await second.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getBounds())
      expect(bounds).toMatchObject({ width: 1000, height: 700 })
    } finally {
      await second.close()
    }
  })
})
