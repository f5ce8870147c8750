/** The native application menu. */
import { Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  importArticles(): void;
  exportCsv(): void;
}

export interface MenuOptions {
  isPackaged: boolean;
  platform: NodeJS.Platform;
}

export function buildApplicationMenu(actions: MenuActions, options: MenuOptions): Menu {
  const isMac = options.platform === 'darwin';
  const developer = !options.isPackaged;

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'Import article…', accelerator: 'CmdOrCtrl+O', click: () => actions.importArticles() },
      { label: 'Export CSV…', accelerator: 'CmdOrCtrl+E', click: () => actions.exportCsv() },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      // Reloading would drop a half-written note, so only developers get it.
      ...(developer
        ? ([{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }] satisfies MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? ([{ role: 'appMenu' }] satisfies MenuItemConstructorOptions[]) : []),
    file,
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
