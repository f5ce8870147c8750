/**
 * The whole workspace was replaced under the workbench (a backup restored):
 * the app reloads everything, starting from a fresh screen, and says what
 * happened. Announced by the Backups dialog, heard by App.
 */
type Listener = (message: string) => void;

const listeners = new Set<Listener>();

export function onWorkspaceReplaced(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announceWorkspaceReplaced(message: string): void {
  for (const listener of listeners) listener(message);
}
