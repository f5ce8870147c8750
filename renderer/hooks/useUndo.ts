import { useCallback, useEffect, useRef, useState } from 'react';
import type { UndoState } from '../../core/api/contract';
import { call } from '../api/client';
import { desktopBridge } from '../api/bridge';
import type { ErrorSink } from './useApi';
import { isTypingTarget } from './useShortcuts';

const NOTHING: UndoState = { undo: null, redo: null };

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The undo list, which lives in the workspace (so it survives a reload):
 * what Undo and Redo would do, the two actions, and their keys —
 * Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y (Cmd on macOS). In a text field those keys
 * stay the field's own. `afterStep` shows the workspace as the step left it.
 */
export function useUndo(options: { onError: ErrorSink; notify: (text: string) => void; afterStep: () => Promise<unknown>; enabled: boolean }) {
  const [state, setState] = useState<UndoState>(NOTHING);
  const [stepping, setStepping] = useState(false);
  const latest = useRef(options);
  latest.current = options;

  const refresh = useCallback(async () => {
    const result = await call('getUndoState', {});
    if (result.ok) setState(result.value);
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  // Presses queue up: a second Ctrl+Z while the first is still being shown is done after it, never dropped.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const pending = useRef(0);
  const runStep = useCallback(
    async (direction: 'undo' | 'redo') => {
      const result = await call(direction, {});
      const { onError, notify, afterStep } = latest.current;
      if (!result.ok) {
        onError(result.error);
        await refresh();
        return;
      }
      setState(result.value.state);
      const { done, dropped } = result.value;
      if (dropped) onError({ code: 'conflict', message: `Could not ${direction} “${dropped.label}”: ${dropped.reason}. It was taken off the undo list.` });
      if (done) notify(`${direction === 'undo' ? 'Undone' : 'Redone'}: ${done.label}.`);
      await afterStep();
    },
    [refresh],
  );
  const step = useCallback(
    (direction: 'undo' | 'redo') => {
      pending.current++;
      setStepping(true);
      queue.current = queue.current
        .then(() => runStep(direction))
        .catch(() => undefined)
        .finally(() => {
          pending.current--;
          if (pending.current === 0) setStepping(false);
        });
      return queue.current;
    },
    [runStep],
  );

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.defaultPrevented || event.isComposing) return;
      if (!latest.current.enabled || isTypingTarget(event.target)) return;
      const key = event.key.toLowerCase();
      const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
      if (key !== 'z' && !redo) return;
      event.preventDefault();
      void step(redo ? 'redo' : 'undo');
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [step]);

  // Desktop: Edit → Undo / Redo clicked. In a text field that is the field's typing, as the keys are.
  useEffect(() => {
    const bridge = desktopBridge();
    if (!bridge) return;
    const menuStep = (direction: 'undo' | 'redo') => () => {
      if (isTypingTarget(document.activeElement)) document.execCommand(direction);
      else if (latest.current.enabled) void step(direction);
    };
    const offUndo = bridge.onMenuUndo(menuStep('undo'));
    const offRedo = bridge.onMenuRedo(menuStep('redo'));
    return () => {
      offUndo();
      offRedo();
    };
  }, [step]);

  return {
    state,
    stepping,
    refresh,
    undo: () => void step('undo'),
    redo: () => void step('redo'),
    /** "Undo verdict (Ctrl+Z)": what the button would do. */
    describe: (direction: 'undo' | 'redo') => {
      const next = state[direction];
      const keys = direction === 'undo' ? 'Ctrl+Z' : 'Ctrl+Shift+Z';
      return next ? `${capitalised(direction)} ${next.label} (${keys})` : `Nothing to ${direction}`;
    },
  };
}
