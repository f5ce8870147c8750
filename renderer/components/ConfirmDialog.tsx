import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal question with one confirming button (named by `confirm`) and
 * Cancel. Esc, Cancel or a click outside answer no. Focus starts on Cancel,
 * so Enter never destroys anything by accident.
 */
export function ConfirmDialog(props: { open: boolean; title: string; children: ReactNode; confirm: string; danger?: boolean; onConfirm: () => void; onCancel: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Several confirm dialogs can be on the page at once (delete article, restore a backup): each names itself.
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!props.open && dialog.open) dialog.close();
  }, [props.open]);

  return (
    <dialog
      ref={ref}
      className="confirm"
      aria-labelledby={titleId}
      onClose={props.onCancel}
      onClick={(e) => e.target === ref.current && props.onCancel()}
      onKeyDown={(e) => e.stopPropagation()}
    >
      <form method="dialog" className="confirm__inner" onSubmit={(e) => e.preventDefault()}>
        <h2 id={titleId}>{props.title}</h2>
        <div className="confirm__body">{props.children}</div>
        <div className="row-actions confirm__actions">
          <button ref={cancelRef} type="button" className="button" onClick={props.onCancel}>
            Cancel
          </button>
          <button type="button" className={`button ${props.danger ? 'button--danger' : 'button--primary'}`} onClick={props.onConfirm}>
            {props.confirm}
          </button>
        </div>
      </form>
    </dialog>
  );
}
