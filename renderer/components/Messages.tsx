import type { ApiError } from '../hooks/useApi';
import { TaskProgressList } from './TaskProgress';

export interface Message {
  id: number;
  text: string;
}

/**
 * Errors (role="alert", announced at once) stay for a while or until
 * dismissed; notices (role="status") are polite and fade sooner. Running
 * imports and exports show above them, with their progress and Cancel.
 */
export function Messages({ errors, notice, onDismiss, onDismissNotice }: { errors: Array<ApiError & { id: number }>; notice: Message | null; onDismiss: (id: number) => void; onDismissNotice: () => void }) {
  // One import's refused files go in one box; a single one is shown as any other error.
  const grouped = errors.filter((e) => e.code === 'import');
  const imports = grouped.length > 1 ? grouped : [];
  const others = errors.filter((e) => !imports.includes(e));
  return (
    <div className="messages">
      <TaskProgressList />
      {errors.length > 0 && (
        <div className="messages__errors" role="alert">
          {others.map((error) => (
            <div key={error.id} className="message message--error">
              <span className="message__text">{error.message}</span>
              <button type="button" className="message__close" onClick={() => onDismiss(error.id)} aria-label="Dismiss error">
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
                    <li key={error.id}>{error.message}</li>
                  ))}
                </ul>
              </div>
              <button type="button" className="message__close" onClick={() => imports.forEach((e) => onDismiss(e.id))} aria-label="Dismiss import errors">
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
