import { useEffect, useRef, useState } from 'react';

/**
 * Files dragged onto the window from outside (the desktop, a file manager).
 * One set of window listeners for the whole app: a dropped file is never
 * opened by the browser in place of Claimdesk, whatever screen is showing;
 * the screen that accepts drops (useFileDrop) gets the files. Drags that
 * carry no files (a text selection being moved into a field) are left alone.
 */

type DropHandler = (files: File[]) => void;

/** The screens that accept dropped files; the last one mounted gets them. */
const handlers: DropHandler[] = [];
const listeners = new Set<(dragging: boolean) => void>();
/** Elements the drag is over (dragenter adds, dragleave removes): empty means it left the window. */
let targets: EventTarget[] = [];
let dragging = false;
let installed = false;

/** True when the drag holds files, not text or a link. */
export function carriesFiles(event: DragEvent): boolean {
  const types = event.dataTransfer?.types;
  return types !== undefined && Array.from(types).includes('Files');
}

function setDragging(next: boolean) {
  if (dragging === next) return;
  dragging = next;
  for (const listener of listeners) listener(next);
}

function onDragEnter(event: DragEvent) {
  if (!carriesFiles(event)) return;
  event.preventDefault();
  if (event.target && !targets.includes(event.target)) targets.push(event.target);
  setDragging(handlers.length > 0);
}

function onDragOver(event: DragEvent) {
  if (!carriesFiles(event)) return;
  // Without this the drop is refused, or the browser opens the file itself.
  event.preventDefault();
  if (event.dataTransfer) event.dataTransfer.dropEffect = handlers.length > 0 ? 'copy' : 'none';
  setDragging(handlers.length > 0);
}

function onDragLeave(event: DragEvent) {
  if (!carriesFiles(event)) return;
  // An element React removed mid-drag never sends its dragleave: drop it too.
  targets = targets.filter((t) => t !== event.target && (!(t instanceof Node) || t.isConnected));
  if (targets.length === 0) setDragging(false);
}

function onDrop(event: DragEvent) {
  if (!carriesFiles(event)) return;
  event.preventDefault();
  targets = [];
  setDragging(false);
  const files = Array.from(event.dataTransfer?.files ?? []);
  const handler = handlers.at(-1);
  if (handler && files.length > 0) handler(files);
}

/** Installs the window listeners once; call before the first render so no screen is unguarded. */
export function installFileDrop(target: Window = window) {
  if (installed) return;
  installed = true;
  target.addEventListener('dragenter', onDragEnter);
  target.addEventListener('dragover', onDragOver);
  target.addEventListener('dragleave', onDragLeave);
  target.addEventListener('drop', onDrop);
}

/**
 * Accepts files dropped anywhere on the window while the calling component
 * is mounted. Returns true while files are being dragged over the window
 * (to show the drop overlay).
 */
export function useFileDrop(onFiles: DropHandler): boolean {
  const latest = useRef(onFiles);
  latest.current = onFiles;
  const [active, setActive] = useState(false);

  useEffect(() => {
    installFileDrop();
    const handler: DropHandler = (files) => latest.current(files);
    handlers.push(handler);
    listeners.add(setActive);
    return () => {
      handlers.splice(handlers.indexOf(handler), 1);
      listeners.delete(setActive);
      setActive(false);
    };
  }, []);

  return active;
}
