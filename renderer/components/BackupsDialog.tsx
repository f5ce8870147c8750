import { useCallback, useEffect, useRef, useState } from 'react';
import { toBase64 } from '../api/base64';
import type { BackupList, BackupSummary } from '../../core/api/contract';
import { call } from '../api/client';
import { announceWorkspaceReplaced } from '../api/workspace-events';
import { formatCount } from '../format';
import type { ErrorSink } from '../hooks/useApi';
import { ConfirmDialog } from './ConfirmDialog';
import { MAX_ARTICLE_BYTES } from '../../core/import/limits';

const KIND_LABELS: Record<BackupSummary['kind'], string> = {
  daily: 'Daily',
  manual: 'Made by hand',
  'before-migration': 'Before an upgrade',
  'before-restore': 'Before a restore',
  'before-merge': 'Before a merge',
};

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
const formatWhen = (iso: string) => when.format(new Date(iso));

const counted = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The workspace's backups: when, what kind, how big, how many claims; make
 * one now, or restore one (after a question that says a backup of the
 * current state comes first, so a restore is undone by restoring that).
 */
export function BackupsDialog({ open, onClose, onError }: { open: boolean; onClose: () => void; onError: ErrorSink }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [list, setList] = useState<BackupList | null>(null);
  const [busy, setBusy] = useState<'backing-up' | 'restoring' | 'merging' | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [made, setMade] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<BackupSummary | null>(null);

  const load = useCallback(async () => {
    const result = await call('listBackups', {});
    if (result.ok) setList(result.value);
    else onError(result.error);
  }, [onError]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      setMade(null);
      void load();
    }
    if (!open && dialog.open) dialog.close();
  }, [open, load]);

  const backUpNow = async () => {
    setBusy('backing-up');
    const result = await call('makeBackup', {});
    setBusy(null);
    if (!result.ok) return onError(result.error);
    setMade(result.value.name);
    await load();
  };

  const restore = async (backup: BackupSummary) => {
    setRestoring(null);
    setBusy('restoring');
    const result = await call('restoreBackup', { name: backup.name });
    setBusy(null);
    if (!result.ok) return onError(result.error);
    onClose();
    const undo = result.value.undoBackup ? ' The workspace as it was is kept as the newest “Before a restore” backup: restore that one (Backups) to undo this.' : '';
    announceWorkspaceReplaced(`Restored the backup of ${formatWhen(backup.createdAt)}: ${counted(result.value.claims, 'claim', 'claims')} in ${counted(result.value.articles, 'article', 'articles')}.${undo}`);
  };

  const merge = async (file: File) => {
    if (file.size > MAX_ARTICLE_BYTES) {
      return onError({ code: 'too_large', message: `${file.name} is over the ${MAX_ARTICLE_BYTES / 1024 / 1024} MiB that browser mode takes: merge it with the CLI (claimdesk merge FILE).` });
    }
    setBusy('merging');
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await call('mergeWorkspace', { filename: file.name, bytesBase64: toBase64(bytes) });
    setBusy(null);
    if (!result.ok) return onError(result.error);
    const r = result.value;
    onClose();
    announceWorkspaceReplaced(
      `Merged ${r.from}: ${counted(r.articlesAdded, 'article', 'articles')} added, ${counted(r.verdictsTaken, 'verdict', 'verdicts')} taken, ` +
        `${counted(r.conflicts, 'conflict', 'conflicts')} (the later review won; the other is in the claim’s history), ` +
        `${counted(r.notesAdded, 'note', 'notes')}, ${counted(r.sourcesLinked, 'source', 'sources')} and ${counted(r.tagsAdded, 'tag', 'tags')} added, ` +
        `${counted(r.speakersTaken, 'speaker', 'speakers')} set by hand taken. To undo, restore the newest “Before a merge” backup.`,
    );
  };

  return (
    <dialog
      ref={ref}
      className="backups"
      aria-labelledby="backups-title"
      aria-busy={busy !== null}
      onClose={onClose}
      onClick={(e) => e.target === ref.current && busy === null && onClose()}
      onKeyDown={(e) => e.stopPropagation()}
    >
      <div className="backups__inner">
        <h2 id="backups-title">Backups</h2>
        <p className="muted">
          Claimdesk backs the workspace up on the first open of each day, before an upgrade, a restore or a merge. It keeps 7 daily backups and the 5 newest others
          {list ? (
            <>
              , in <code className="backups__folder">{list.folder}</code>
            </>
          ) : null}
          .
        </p>
        <div className="row-actions">
          <button type="button" className="button button--primary" onClick={() => void backUpNow()} disabled={busy !== null}>
            {busy === 'backing-up' ? 'Backing up…' : 'Back up now'}
          </button>
          <button type="button" className="button" onClick={() => fileInput.current?.click()} disabled={busy !== null} title="Bring a colleague’s workspace (or a backup) into this one; a backup is made first">
            {busy === 'merging' ? 'Merging…' : 'Merge workspace…'}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".sqlite,.db,.sqlite3"
            hidden
            aria-label="Workspace file to merge"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void merge(file);
            }}
          />
          {busy === 'restoring' && <span role="status">Restoring…</span>}
          {made && busy === null && (
            <span role="status" className="muted">
              Backed up and verified.
            </span>
          )}
        </div>
        {list && list.backups.length === 0 && <p>No backups yet.</p>}
        {list && list.backups.length > 0 && (
          <div className="backups__scroll">
            <table className="backups__table">
              <thead>
                <tr>
                  <th scope="col">Made</th>
                  <th scope="col">Kind</th>
                  <th scope="col" className="num">
                    Size
                  </th>
                  <th scope="col" className="num">
                    Claims
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">Restore</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.backups.map((b) => (
                  <tr key={b.name} title={b.name} className={b.name === made ? 'backups__new' : undefined}>
                    <td>{formatWhen(b.createdAt)}</td>
                    <td>{KIND_LABELS[b.kind]}</td>
                    <td className="num">{formatBytes(b.bytes)}</td>
                    <td className="num">{b.claims === null ? 'unreadable' : formatCount(b.claims)}</td>
                    <td>
                      <button
                        type="button"
                        className="button button--small"
                        disabled={busy !== null || b.claims === null}
                        onClick={() => setRestoring(b)}
                        aria-label={`Restore the backup of ${formatWhen(b.createdAt)}`}
                      >
                        Restore…
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <button type="button" className="button backups__close" onClick={onClose} disabled={busy !== null}>
          Close
        </button>
      </div>
      <ConfirmDialog
        open={restoring !== null}
        title="Restore this backup?"
        confirm="Restore"
        danger
        onConfirm={() => restoring && void restore(restoring)}
        onCancel={() => setRestoring(null)}
      >
        {restoring && (
          <>
            <p>
              The workspace will be replaced by the backup of <strong>{formatWhen(restoring.createdAt)}</strong> ({counted(restoring.claims ?? 0, 'claim', 'claims')} in {counted(restoring.articles ?? 0, 'article', 'articles')}).
            </p>
            <p>A backup of the workspace as it is now is made first: restore that one to undo this.</p>
          </>
        )}
      </ConfirmDialog>
    </dialog>
  );
}
