/**
 * Long jobs the person started and can watch and cancel: importing files and
 * exporting a report. One small store outside React (the import goes on when
 * the start screen gives way to the workbench); the progress panel reads it
 * with useSyncExternalStore.
 */
export type TaskKind = 'import' | 'export';

export interface Task {
  id: number;
  kind: TaskKind;
  /** Items finished (files imported or tried, rows written). */
  done: number;
  /** Items in all; null while not known yet. */
  total: number | null;
  /** The item in flight and what is happening to it ("sample.txt", "analysing"). */
  current: { name: string; phase: string } | null;
  /** Cancel was pressed: the job stops at its next safe point. */
  cancelling: boolean;
}

export interface TaskHandle {
  update(change: Partial<Pick<Task, 'done' | 'total' | 'current'>>): void;
  finish(): void;
}

let tasks: readonly Task[] = [];
const cancels = new Map<number, () => void>();
const listeners = new Set<() => void>();
let nextId = 1;

function publish(next: readonly Task[]) {
  tasks = next;
  for (const listener of listeners) listener();
}

/** Registers a running job; `cancel` is called at most once, when the person presses Cancel. */
export function startTask(kind: TaskKind, total: number | null, cancel: () => void): TaskHandle {
  const id = nextId++;
  cancels.set(id, cancel);
  publish([...tasks, { id, kind, done: 0, total, current: null, cancelling: false }]);
  return {
    update(change) {
      if (!tasks.some((t) => t.id === id)) return;
      publish(tasks.map((t) => (t.id === id ? { ...t, ...change } : t)));
    },
    finish() {
      cancels.delete(id);
      publish(tasks.filter((t) => t.id !== id));
    },
  };
}

export function cancelTask(id: number): void {
  const cancel = cancels.get(id);
  if (!cancel) return;
  cancels.delete(id);
  publish(tasks.map((t) => (t.id === id ? { ...t, cancelling: true } : t)));
  cancel();
}

export function subscribeTasks(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentTasks(): readonly Task[] {
  return tasks;
}
