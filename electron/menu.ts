/** The native application menu. */
import { Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  importArticles(): void;
  exportCsv(): void;
  undo(): void;
  redo(): void;
}

export interface MenuOptions {
  isPackaged: boolean;
  platform: NodeJS.Platform;
}

/**
 * Edit: Undo and Redo show their keys but do not register them. A registered
 * accelerator is taken by the main process before the page sees the key (on
 * macOS always), and the role's webContents.undo() knows only text fields:
 * Ctrl/Cmd+Z would never reach Claimdesk's own undo list. Unregistered, the
 * key goes to the page, which undoes typing in a text field and the last
 * change to the workspace elsewhere; a click on the item asks the page the
 * same way.
 */
function editMenu(actions: MenuActions, isMac: boolean): MenuItemConstructorOptions {
  return {
    label: '&Edit',
    submenu: [
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => actions.undo() },
      { label: 'Redo', accelerator: isMac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y', registerAccelerator: false, click: () => actions.redo() },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? ([{ role: 'pasteAndMatchStyle' }] satisfies MenuItemConstructorOptions[]) : []),
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };
}

export function buildApplicationMenu(actions: MenuActions, options: MenuOptions): Menu {
  return Menu.buildFromTemplate(applicationMenuTemplate(actions, options));
}

export function applicationMenuTemplate(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
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
    editMenu(actions, isMac),
    view,
    { role: 'windowMenu' },
  ];
  return template;
}
