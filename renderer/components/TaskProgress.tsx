import { useSyncExternalStore } from 'react';
import { cancelTask, currentTasks, subscribeTasks, type Task } from '../api/tasks';
import { formatCount } from '../format';

/** "Importing 12 of 40 files — sample.txt", "Exporting 40,000 of 101,573 rows". */
export function describeTask(task: Task): string {
  const { done, total, current } = task;
  if (task.kind === 'import') {
    if (task.cancelling) return current ? `Cancelling — ${current.name} is finishing, no further file is started` : 'Cancelling…';
    if (total === 1) return current ? `Importing ${current.name} — ${current.phase}…` : 'Importing…';
    const at = `Importing ${formatCount(Math.min(done + 1, total ?? done + 1))} of ${formatCount(total ?? 0)} files`;
    return current ? `${at} — ${current.name}` : at;
  }
  if (task.cancelling) return 'Cancelling the export…';
  return total === null ? `Exporting ${formatCount(done)} rows…` : `Exporting ${formatCount(done)} of ${formatCount(total)} rows`;
}

function TaskRow({ task }: { task: Task }) {
  const name = task.kind === 'import' ? 'Import progress' : 'Export progress';
  // One file alone, or a total not known yet: the bar moves without claiming a share.
  const measured = task.total !== null && task.total > 0 && !(task.kind === 'import' && task.total === 1);
  return (
    <section className="task" aria-label={name}>
      <span className="task__text">{describeTask(task)}</span>
      <progress
        className="task__bar"
        aria-label={name}
        {...(measured ? { max: task.total!, value: Math.min(task.done, task.total!) } : {})}
      />
      <button type="button" className="button task__cancel" onClick={() => cancelTask(task.id)} disabled={task.cancelling}>
        {task.cancelling ? 'Cancelling…' : 'Cancel'}
      </button>
    </section>
  );
}

/** The running imports and exports, each with its counts, a bar and Cancel; nothing when none runs. */
export function TaskProgressList() {
  const tasks = useSyncExternalStore(subscribeTasks, currentTasks);
  if (tasks.length === 0) return null;
  return (
    <div className="tasks">
      {tasks.map((task) => (
        <TaskRow key={task.id} task={task} />
      ))}
    </div>
  );
}
