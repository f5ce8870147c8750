import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

// The real `electron` module cannot run here; the template is plain data.
vi.mock('electron', () => ({ Menu: { buildFromTemplate: (template: unknown) => template } }));

const { applicationMenuTemplate } = await import('./menu');

function editItems(platform: NodeJS.Platform, actions = { importArticles: vi.fn(), exportCsv: vi.fn(), undo: vi.fn(), redo: vi.fn() }) {
  const edit = applicationMenuTemplate(actions, { isPackaged: true, platform }).find((item) => item.label === '&Edit')!;
  return { items: edit.submenu as MenuItemConstructorOptions[], actions };
}

describe('the Edit menu', () => {
  for (const platform of ['darwin', 'win32', 'linux'] as const) {
    it(`on ${platform}, Undo and Redo show their keys without taking them from the page, and ask the page when clicked`, () => {
      const { items, actions } = editItems(platform);
      const undo = items.find((i) => i.label === 'Undo')!;
      const redo = items.find((i) => i.label === 'Redo')!;
      expect(undo).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
      expect(redo).toMatchObject({ accelerator: platform === 'darwin' ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y', registerAccelerator: false });
      // No role: a role's webContents.undo() would only ever undo typing.
      expect(undo.role).toBeUndefined();
      expect(redo.role).toBeUndefined();
      (undo.click as () => void)();
      (redo.click as () => void)();
      expect(actions.undo).toHaveBeenCalledTimes(1);
      expect(actions.redo).toHaveBeenCalledTimes(1);
      // Cut, copy, paste and select all stay the text fields' own.
      expect(items.map((i) => i.role).filter(Boolean)).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']));
    });
  }

  it('no item of the whole menu registers Ctrl/Cmd+Z or Ctrl+Y', () => {
    const template = applicationMenuTemplate({ importArticles: vi.fn(), exportCsv: vi.fn(), undo: vi.fn(), redo: vi.fn() }, { isPackaged: false, platform: 'linux' });
    const all = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] => items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? all(i.submenu) : [])]);
    const taking = all(template).filter((i) => /^(?:CmdOrCtrl\+Z|Shift\+CmdOrCtrl\+Z|CmdOrCtrl\+Y)$/.test(String(i.accelerator ?? '')) && i.registerAccelerator !== false);
    expect(taking).toEqual([]);
    // And no role that brings its own (editMenu's undo/redo).
    expect(all(template).some((i) => i.role === 'editMenu' || i.role === 'undo' || i.role === 'redo')).toBe(false);
  });
});
