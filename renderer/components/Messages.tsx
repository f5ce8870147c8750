import type { KeyboardEvent } from 'react';
import type { ApiError } from '../hooks/useApi';
import { TaskProgressList } from './TaskProgress';

export interface Message {
  id: number;
  text: string;
}

/**
 * Errors (role="alert", announced at once) stay until dismissed: × beside
 * each, or Esc while the keyboard is on one. Files an import refused are
 * listed in one box (it would otherwise cover the table), each file's error on
 * its own line with its own ×, the box's × dismissing them all; an import
 * after it adds its own failures to the list. Notices (role="status") are
 * polite and fade. Running imports and exports show above them, with their
 * progress and Cancel.
 */
export function Messages({ errors, notice, onDismiss, onDismissNotice }: { errors: Array<ApiError & { id: number }>; notice: Message | null; onDismiss: (id: number) => void; onDismissNotice: () => void }) {
  const grouped = errors.filter((e) => e.code === 'import');
  const imports = grouped.length > 1 ? grouped : [];
  const others = errors.filter((e) => !imports.includes(e));

  /** Esc on an error (its × or anything in it) dismisses it; on the box of refused files, all of them. */
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Escape') return;
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-error-id], [data-error-group]');
    if (!target) return;
    event.preventDefault();
    event.stopPropagation();
    if (target.dataset.errorGroup !== undefined) imports.forEach((e) => onDismiss(e.id));
    else onDismiss(Number(target.dataset.errorId));
  }

  return (
    <div className="messages">
      <TaskProgressList />
      {errors.length > 0 && (
        <div className="messages__errors" role="alert" onKeyDown={onKeyDown}>
          {others.map((error) => (
            <div key={error.id} className="message message--error" data-error-id={error.id}>
              <span className="message__text">{error.message}</span>
              <button type="button" className="message__close" onClick={() => onDismiss(error.id)} aria-label="Dismiss error" title="Dismiss (Esc)">
                ×
              </button>
            </div>
          ))}
          {imports.length > 0 && (
            <div className="message message--error message--group">
              <div className="message__text">
                <strong>{imports.length} files were not imported:</strong>
                <ul className="message__list">
                  {imports.map((error) => (
                    <li key={error.id} className="message__item" data-error-id={error.id}>
                      <span className="message__item-text">{error.message}</span>
                      <button type="button" className="message__close message__close--item" onClick={() => onDismiss(error.id)} aria-label="Dismiss this file’s error" title="Dismiss (Esc)">
                        ×
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
              <button type="button" className="message__close" data-error-group="" onClick={() => imports.forEach((e) => onDismiss(e.id))} aria-label="Dismiss import errors" title="Dismiss them all (Esc)">
                ×
              </button>
            </div>
          )}
        </div>
      )}
      <div className="messages__status" role="status">
        {notice && (
          <div key={notice.id} className="message message--notice">
            <span className="message__text">{notice.text}</span>
            <button type="button" className="message__close" onClick={onDismissNotice} aria-label="Dismiss notice">
              ×
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
