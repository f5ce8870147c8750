import { useEffect, useRef } from 'react';

export const SHORTCUTS: ReadonlyArray<[keys: string[], what: string]> = [
  [['j', '↓'], 'Next claim (↓ when the table has focus)'],
  [['k', '↑'], 'Previous claim (↑ when the table has focus)'],
  [['v'], 'Mark the selected claim Verified (with claims ticked: every ticked claim)'],
  [['d'], 'Mark it Disputed (or the ticked claims)'],
  [['u'], 'Mark it Unverified: checked, could not verify (or the ticked claims)'],
  [['c'], 'Clear the verdict: back to not reviewed (or the ticked claims’)'],
  [['Space'], 'Tick or untick the selected claim (for a verdict, tag or exclusion on all ticked claims)'],
  [['Esc'], 'Untick all claims; close this list; leave a text field'],
  [['Ctrl', 'Z'], 'Undo the last change (Cmd+Z on macOS)'],
  [['Ctrl', 'Shift', 'Z'], 'Redo it (also Ctrl+Y)'],
  [['n'], 'Write a note'],
  [['s'], 'Add a source (focus Source URL)'],
  [['e'], 'Edit the claim’s text (then Split at cursor; Ctrl+Enter saves, Esc cancels)'],
  [['p'], 'Edit the speaker (Enter saves, Esc cancels, empty: nobody)'],
  [['x'], 'Exclude the claim as a non-claim, or restore a hidden one'],
  [['a'], 'Accept the in-article dispute suggestion; with words selected in the article, add them as a claim'],
  [['Shift', 'A'], 'Dismiss the in-article dispute suggestion'],
  [['o'], 'Open the article list (type to find one, Enter shows its claims)'],
  [['/'], 'Search claims'],
  [['Shift', 'E'], 'Export the claims the table shows as CSV'],
  [['?'], 'Show or hide this list'],
  [['Ctrl', 'Enter'], 'Add the note or source being written; save a claim edit; import pasted text'],
];

/**
 * The list of keyboard shortcuts, as a modal dialog (Escape closes it). It opens
 * at the top, the keyboard on its heading — not on Close, which would scroll a
 * list taller than the window to its end; closing gives the focus back where it was.
 */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      headingRef.current?.focus();
      dialog.scrollTop = 0;
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog ref={ref} className="shortcuts" aria-labelledby="shortcuts-title" onClose={onClose} onClick={(e) => e.target === ref.current && onClose()}>
      <div className="shortcuts__inner">
        <h2 id="shortcuts-title" ref={headingRef} tabIndex={-1}>
          Keyboard shortcuts
        </h2>
        <p className="muted">They work whenever the cursor is not in a text field.</p>
        <table className="shortcuts__table">
          <tbody>
            {SHORTCUTS.map(([keys, what]) => (
              <tr key={what}>
                <td>
                  {keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && (keys[0] === 'Ctrl' || keys[0] === 'Shift' ? ' + ' : ' or ')}
                      <kbd>{k}</kbd>
                    </span>
                  ))}
                </td>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
