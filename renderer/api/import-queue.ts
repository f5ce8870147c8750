import { importFiles, type ImportOutcome } from './importing';
import { formatCount } from '../format';
import { startTask, type TaskHandle } from './tasks';
import type { DesktopBridge } from './bridge';

/** What became of one batch of files (one pick or one drop). */
export interface ImportRun {
  /** One per file tried, in order; files after a cancel are not tried and have none. */
  outcomes: ImportOutcome[];
  /** Files in the batch. */
  total: number;
  /** Cancel was pressed while the batch was importing (files after it are not tried). */
  cancelled: boolean;
}

interface Batch {
  files: readonly File[];
  resolve: (run: ImportRun) => void;
}

interface Job {
  batches: Batch[];
  controller: AbortController;
  task: TaskHandle;
  /** Files finished in earlier batches of this job. */
  finished: number;
  total: number;
}

let job: Job | null = null;
const importedListeners = new Set<(outcome: Extract<ImportOutcome, { ok: true }>) => void>();

/**
 * Told of each article as it goes in, while the rest of the batch is still
 * importing: the screens refresh their lists and counts, and the start screen
 * opens the workbench on the first one, so review can begin at once.
 */
export function onArticleImported(listener: (outcome: Extract<ImportOutcome, { ok: true }>) => void): () => void {
  importedListeners.add(listener);
  return () => importedListeners.delete(listener);
}

/**
 * Imports files from the picker or a drop with a progress bar and a Cancel
 * button (renderer/api/tasks.ts). The renderer drives the import file by file
 * — one backend call, one transaction each — so it counts for itself, and a
 * cancel simply starts no further file: the file in flight goes in whole,
 * every earlier one stays in, and the workspace is consistent. A batch that
 * arrives while another is importing joins the same progress bar.
 */
export function importArticles(files: readonly File[]): Promise<ImportRun> {
  return new Promise((resolve) => {
    const batch: Batch = { files, resolve };
    if (job) {
      job.batches.push(batch);
      job.total += files.length;
      job.task.update({ total: job.total });
      return;
    }
    const controller = new AbortController();
    const started: Job = {
      batches: [batch],
      controller,
      task: startTask('import', files.length, () => controller.abort()),
      finished: 0,
      total: files.length,
    };
    job = started;
    void run(started);
  });
}

async function run(current: Job): Promise<void> {
  const { controller, task } = current;
  try {
    while (current.batches.length > 0) {
      const batch = current.batches[0]!;
      let outcomes: ImportOutcome[] = [];
      try {
        outcomes = await importFiles(batch.files, {
          signal: controller.signal,
          onFile: (index, phase) => task.update({ done: current.finished + index, current: { name: batch.files[index]!.name, phase } }),
          onOutcome: (outcome) => {
            if (outcome.ok) for (const listener of importedListeners) listener(outcome);
          },
        });
      } finally {
        current.batches.shift();
        current.finished += batch.files.length;
        task.update({ done: current.finished, current: null });
        batch.resolve({ outcomes, total: batch.files.length, cancelled: controller.signal.aborted });
      }
    }
  } finally {
    // Batches still waiting after a cancel (or a failure) are told they were not tried.
    for (const batch of current.batches) batch.resolve({ outcomes: [], total: batch.files.length, cancelled: true });
    job = null;
    task.finish();
  }
}

/**
 * Desktop: File → Import article… imports in the main process, file by file,
 * and tells the window how far it has got; this shows it in the same progress
 * panel as an import from the window, with a Cancel that stops it before the
 * next file. The run is over when done reaches total.
 */
export function followMenuImports(bridge: Pick<DesktopBridge, 'onMenuImportProgress' | 'cancelMenuImport'>): () => void {
  let task: TaskHandle | null = null;
  const unsubscribe = bridge.onMenuImportProgress((done, total) => {
    task ??= startTask('import', total, () => void bridge.cancelMenuImport().catch(() => undefined));
    task.update({ done, total });
    if (done >= total) {
      task.finish();
      task = null;
    }
  });
  return () => {
    unsubscribe();
    task?.finish();
  };
}

/**
 * The one line a batch ends on when it was cancelled or held many files:
 * "Imported 12 of 40 files; cancelled — the other 27 were not imported."
 * "Imported 0 of 4 files; 1 was already imported (nothing added); 3 could not be imported."
 * (A few files imported in full are described one by one instead: describeOutcome.)
 */
export function summariseImport(run: ImportRun): string {
  const ok = run.outcomes.filter((o) => o.ok);
  const duplicates = ok.filter((o) => o.ok && o.result.duplicate).length;
  const imported = ok.length - duplicates;
  const failed = run.outcomes.length - ok.length;
  const untried = run.total - run.outcomes.length;
  const files = run.total === 1 ? 'file' : 'files';
  let text = `Imported ${formatCount(imported)} of ${formatCount(run.total)} ${files}`;
  const unreachable = run.outcomes.some((o) => !o.ok && o.unreachable);
  if (unreachable) text += `; stopped — the Claimdesk server could not be reached${untried > 0 ? `, so the other ${formatCount(untried)} ${untried === 1 ? 'was' : 'were'} not tried` : ''} (is "npm run web" still running?)`;
  else if (untried > 0) text += `; cancelled — the other ${formatCount(untried)} ${untried === 1 ? 'was' : 'were'} not imported`;
  // An article goes in whole or not at all: one already being analysed when Cancel came is finished.
  else if (run.cancelled) text += `; Cancel came during the last file, which went in whole`;
  if (duplicates > 0) text += `; ${formatCount(duplicates)} ${duplicates === 1 ? 'was' : 'were'} already imported (nothing added)`;
  const refused = failed - (unreachable ? 1 : 0);
  if (refused > 0) text += `; ${formatCount(refused)} could not be imported`;
  return `${text}.`;
}
