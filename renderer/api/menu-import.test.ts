import { describe, expect, it } from 'vitest';
import { followMenuImports } from './import-queue';
import { cancelTask, currentTasks } from './tasks';

/** The desktop bridge's two menu-import calls, driven by the test as the main process would. */
function bridgeStandIn() {
  let listener: ((done: number, total: number) => void) | null = null;
  let cancels = 0;
  return {
    bridge: {
      onMenuImportProgress(callback: (done: number, total: number) => void) {
        listener = callback;
        return () => {
          listener = null;
        };
      },
      cancelMenuImport: async () => {
        cancels++;
        return { ok: true as const, value: null };
      },
    },
    progress: (done: number, total: number) => listener?.(done, total),
    cancels: () => cancels,
    listening: () => listener !== null,
  };
}

describe('File → Import article… in the progress panel', () => {
  it('shows files done of files picked, Cancel asks the main process to stop, and the run leaves the panel when done reaches total', () => {
    const main = bridgeStandIn();
    const stop = followMenuImports(main.bridge);
    main.progress(0, 3);
    expect(currentTasks()).toEqual([expect.objectContaining({ kind: 'import', done: 0, total: 3 })]);
    main.progress(1, 3);
    expect(currentTasks()[0]).toMatchObject({ done: 1, total: 3 });

    cancelTask(currentTasks()[0]!.id);
    expect(main.cancels()).toBe(1);
    expect(currentTasks()[0]).toMatchObject({ cancelling: true });
    // The main process stops after the file in flight and says the run is over: done of done.
    main.progress(1, 1);
    expect(currentTasks()).toEqual([]);

    // A second run starts a new entry; unsubscribing clears what is left.
    main.progress(0, 2);
    expect(currentTasks()).toHaveLength(1);
    stop();
    expect(currentTasks()).toEqual([]);
    expect(main.listening()).toBe(false);
  });
});
