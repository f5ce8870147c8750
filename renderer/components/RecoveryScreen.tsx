import { useEffect, useState } from 'react';
import { formatDateTime } from '../format';
import type { RecoveryRestore, RecoveryState, SalvageReport, TableSalvage } from '../../core/api/contract';
import { call } from '../api/client';

/** What each table holds, in a fact-checker's words. */
const TABLE_NAMES: Record<string, string> = {
  articles: 'Articles',
  claims: 'Claims',
  notes: 'Notes',
  sources: 'Sources',
  claim_sources: 'Sources attached to claims',
  history: 'History entries',
  dispute_suggestions: 'Suggested disputes',
  claim_entities: 'Names found in claims',
  claim_matches: 'Claims seen before',
  change_sets: 'Undo steps',
  change_log: 'Undo details',
  preferences: 'Settings',
};

/** Rows lost: counted by the damaged file where it could say, else the most the unreadable ranges can hold; null: unknown. */
function lostRows(t: TableSalvage): number | null {
  if (t.counted !== null) return Math.max(0, t.counted - t.saved - t.refused - t.orphaned);
  return t.unreadable.length === 0 && !t.missing ? 0 : t.lostAtMost;
}

type Phase =
  | { step: 'choose' }
  | { step: 'salvaging' }
  | { step: 'salvaged'; report: SalvageReport }
  | { step: 'restoring' }
  | { step: 'restored'; restore: RecoveryRestore }
  | { step: 'failed'; message: string };

/**
 * Shown instead of the workbench when the workspace failed its check at open
 * (any call answered `database_corrupt`): where the file is, what is wrong,
 * and a way out that keeps the damaged file.
 */
export function RecoveryScreen({ problem, onOpened }: { problem: string; onOpened: () => void }) {
  const [state, setState] = useState<RecoveryState | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });

  useEffect(() => {
    void call('getRecoveryState', {}).then((result) => {
      if (result.ok) setState(result.value);
    });
  }, []);

  async function salvage() {
    setPhase({ step: 'salvaging' });
    const result = await call('salvageWorkspace', {});
    if (result.ok) return setPhase({ step: 'salvaged', report: result.value });
    // A desktop build whose main process cannot salvage yet answers every call with the damage.
    const message =
      result.error.code === 'database_corrupt'
        ? 'This window cannot salvage the workspace. Close Claimdesk and run `claimdesk recover` on the workspace file.'
        : result.error.message;
    setPhase({ step: 'failed', message });
  }

  async function restoreNewest() {
    setPhase({ step: 'restoring' });
    const result = await call('restoreNewestBackup', {});
    if (result.ok) return setPhase({ step: 'restored', restore: result.value });
    const message =
      result.error.code === 'database_corrupt'
        ? 'This window cannot restore the workspace. Close Claimdesk and run `claimdesk restore` with the backup file.'
        : result.error.message;
    setPhase({ step: 'failed', message });
  }

  if (phase.step === 'salvaged') return <SalvageResult report={phase.report} onOpened={onOpened} />;
  if (phase.step === 'restored') return <RestoreResult restore={phase.restore} onOpened={onOpened} />;
  const busy = phase.step === 'salvaging' || phase.step === 'restoring';
  const newest = state?.newestBackup ?? null;

  return (
    <main className="recovery" aria-labelledby="recovery-title">
      <h1 id="recovery-title" className="recovery__title">
        This workspace is damaged
      </h1>
      <p className="recovery__lede">
        Claimdesk checks the workspace file each time it opens it, and part of this one cannot be read. Nothing has been changed: the file is exactly as it
        was found.
      </p>
      <dl className="recovery__facts">
        <dt>Workspace file</dt>
        <dd>
          <code>{state?.dbPath ?? '…'}</code>
        </dd>
        <dt>What the check found</dt>
        <dd>
          Part of the file cannot be read.
          <details className="recovery__details">
            <summary>Technical details</summary>
            {state?.problem ?? problem}
          </details>
        </dd>
      </dl>
      {phase.step === 'failed' && (
        <div className="recovery__alert" role="alert">
          That did not work: {phase.message}
        </div>
      )}
      {newest && (
        <section className="recovery__card" aria-labelledby="restore-title">
          <h2 id="restore-title">Restore the newest good backup</h2>
          <p>
            The backup of {formatDateTime(newest.createdAt)} ({newest.claims.toLocaleString()} claims in {newest.articles.toLocaleString()}{' '}
            {newest.articles === 1 ? 'article' : 'articles'}) takes this workspace&apos;s place; work done after it is not in it. The damaged file is kept,
            untouched, beside it, so you can still salvage it later.
          </p>
          <button type="button" className="button button--primary" onClick={() => void restoreNewest()} disabled={busy} aria-busy={phase.step === 'restoring'}>
            {phase.step === 'restoring' ? 'Restoring…' : 'Restore the newest good backup'}
          </button>
        </section>
      )}
      <section className="recovery__card" aria-labelledby="salvage-title">
        <h2 id="salvage-title">Salvage what can be read</h2>
        <p>
          Every article, claim, verdict, note and source that can still be read is copied into a new workspace, which takes this one&apos;s place. The damaged
          file is kept, untouched, beside it. You will see what was saved and what was lost before you go on.
        </p>
        <button type="button" className="button button--primary" onClick={() => void salvage()} disabled={busy} aria-busy={phase.step === 'salvaging'}>
          {phase.step === 'salvaging' ? 'Salvaging…' : 'Salvage what can be read'}
        </button>
      </section>
    </main>
  );
}

function SalvageResult({ report, onOpened }: { report: SalvageReport; onOpened: () => void }) {
  const order = Object.keys(TABLE_NAMES);
  const rank = (table: string) => (order.includes(table) ? order.indexOf(table) : order.length);
  const shown = [...report.tables].sort((a, b) => rank(a.table) - rank(b.table)).filter((t) => t.saved > 0 || t.missing || t.unreadable.length > 0 || t.orphaned > 0 || t.refused > 0 || (t.counted ?? 0) > 0);
  const lostAny = shown.some((t) => lostRows(t) !== 0 || t.orphaned > 0 || t.refused > 0);
  return (
    <main className="recovery" aria-labelledby="salvaged-title">
      <h1 id="salvaged-title" className="recovery__title">
        Salvaged {report.savedRows.toLocaleString()} rows
      </h1>
      <p className="recovery__lede">
        {lostAny ? 'Some of the workspace could not be read; the rest is in the salvaged workspace.' : 'Every row could be read: nothing was lost.'} The salvaged
        workspace passed its integrity check ({report.integrity}).
      </p>
      <table className="recovery__report">
        <caption className="visually-hidden">What was saved and lost, by kind of record</caption>
        <thead>
          <tr>
            <th scope="col">Records</th>
            <th scope="col">Saved</th>
            <th scope="col">Lost</th>
            <th scope="col">Set aside</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((t) => {
            const lost = lostRows(t);
            const aside = t.orphaned + t.refused;
            return (
              <tr key={t.table}>
                <th scope="row">{TABLE_NAMES[t.table] ?? t.table}</th>
                <td>{t.saved.toLocaleString()}</td>
                <td className={lost === 0 ? undefined : 'recovery__lost'}>{lost === null ? 'unknown' : lost.toLocaleString()}</td>
                <td>{aside === 0 ? '0' : aside.toLocaleString()}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ul className="recovery__notes">
        {report.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
        <li>
          Set aside: read, but their claim or article was lost, or their values were damaged. They are kept in <code>{report.salvageFile}</code>.
        </li>
        <li>
          The damaged file is kept, untouched, at <code>{report.damagedPath}</code>.
        </li>
      </ul>
      <button type="button" className="button button--primary" onClick={onOpened}>
        Open the salvaged workspace
      </button>
    </main>
  );
}

function RestoreResult({ restore, onOpened }: { restore: RecoveryRestore; onOpened: () => void }) {
  return (
    <main className="recovery" aria-labelledby="restored-title">
      <h1 id="restored-title" className="recovery__title">
        Restored the backup of {formatDateTime(restore.createdAt)}
      </h1>
      <p className="recovery__lede">
        {restore.claims.toLocaleString()} claims in {restore.articles.toLocaleString()} {restore.articles === 1 ? 'article' : 'articles'} are back.
        {restore.damagedFileKeptAt && (
          <>
            {' '}
            The damaged workspace is kept, untouched, at <code>{restore.damagedFileKeptAt}</code>: <code>claimdesk recover</code> on it salvages what was done
            after the backup.
          </>
        )}
      </p>
      <button type="button" className="button button--primary" onClick={onOpened}>
        Open the restored workspace
      </button>
    </main>
  );
}
