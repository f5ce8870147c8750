import { useEffect, useRef, useState } from 'react';
import { call } from '../api/client';
import { describeOutcome, importSample, type ImportOutcome } from '../api/importing';
import { onArticleImported, summariseImport, type ImportRun } from '../api/import-queue';
import { currentTasks } from '../api/tasks';
import type { ErrorSink } from '../hooks/useApi';
import { useUndo } from '../hooks/useUndo';
import { useArticleDrop } from '../hooks/useArticleDrop';
import { DropOverlay } from './DropOverlay';
import { ImportFileButton, PasteForm, ImportableTypes } from './ImportControls';

/** Up to this many files, the start screen waits for them all; past it the workbench opens on the first. */
const OPENS_AT_ONCE = 3;

/**
 * An empty workspace: three ways in. When everything imported cleanly the
 * main screen opens on the new article; otherwise each outcome is listed
 * here, problems first, so none is missed. Files dropped anywhere on the
 * screen are imported like the ones chosen with "Import article".
 */
export function StartScreen({ onImported, onError, notify }: { onImported: (articleId: number) => void; onError: ErrorSink; notify: (text: string) => void }) {
  const [outcomes, setOutcomes] = useState<ImportOutcome[]>([]);
  const [busy, setBusy] = useState(false);
  // The last article was just deleted: its undo is offered here too, and Ctrl+Z works.
  const undo = useUndo({
    onError,
    notify,
    enabled: true,
    afterStep: async () => {
      const articles = await call('listArticles', {});
      if (articles.ok && articles.value[0]) onImported(articles.value[0].id);
    },
  });

  // Many files: the workbench opens on the first one in while the rest import under the progress line
  // (a few files are waited for, so a failure among them is listed here beside the others).
  const mounted = useRef(true);
  const openArticle = useRef(onImported);
  openArticle.current = onImported;
  useEffect(() => {
    mounted.current = true;
    const stop = onArticleImported((outcome) => {
      const running = currentTasks().find((task) => task.kind === 'import');
      if (running && running.total !== null && running.total > OPENS_AT_ONCE && running.done + 1 < running.total) openArticle.current(outcome.result.article.id);
    });
    return () => {
      mounted.current = false;
      stop();
    };
  }, []);

  function handle(results: ImportOutcome[], run?: ImportRun) {
    const imported = results.filter((o): o is Extract<ImportOutcome, { ok: true }> => o.ok);
    const last = imported.at(-1);
    // A cancelled import says how far it got, whichever screen comes next.
    if (run?.cancelled) notify(summariseImport(run));
    if (!mounted.current) {
      // The workbench took over mid-import: what this screen would have listed is told there.
      for (const failure of results.filter((o) => !o.ok)) onError({ code: 'import', message: describeOutcome(failure) });
      if (run && !run.cancelled) notify(summariseImport(run));
      return;
    }
    if (last && imported.length === results.length) {
      onImported(last.result.article.id);
      return;
    }
    setOutcomes(results);
  }

  const { dragging, importing: dropImporting } = useArticleDrop(handle);

  async function loadSample() {
    setBusy(true);
    const outcome = await importSample();
    setBusy(false);
    handle([outcome]);
  }

  const failures = outcomes.filter((o) => !o.ok);
  const successes = outcomes.filter((o): o is Extract<ImportOutcome, { ok: true }> => o.ok);
  const openable = successes.at(-1);

  return (
    <main className="start">
      <header className="start__header">
        <h1 className="start__title">Claimdesk</h1>
        <p className="start__lede">
          Bring in a news article. Claimdesk splits it into the claims it makes so you can mark each one verified, disputed or
          unverified, with notes and sources, and hand in a CSV report. Everything stays on this computer.
        </p>
      </header>

      {undo.state.undo && (
        <div className="start__done">
          <button type="button" className="button" onClick={undo.undo} disabled={undo.stepping} title={undo.describe('undo')}>
            <span aria-hidden="true">↶ </span>Undo {undo.state.undo.label}
          </button>
        </div>
      )}
      {failures.length > 0 && (
        <div className="start__alert" role="alert">
          <p>
            {failures.length === 1 ? 'One import failed' : `${failures.length} imports failed`}; nothing was changed for{' '}
            {failures.length === 1 ? 'it' : 'them'}:
          </p>
          <ul>
            {failures.map((o, i) => (
              <li key={i}>{describeOutcome(o)}</li>
            ))}
          </ul>
        </div>
      )}
      {successes.length > 0 && (
        <div className="start__done" role="status">
          <ul>
            {successes.map((o, i) => (
              <li key={i}>{describeOutcome(o)}</li>
            ))}
          </ul>
          {openable && (
            <button type="button" className="button button--primary" onClick={() => onImported(openable.result.article.id)}>
              Review its claims
            </button>
          )}
        </div>
      )}

      <div className="start__options">
        <section className="start__card" aria-labelledby="start-sample">
          <h2 id="start-sample">Try it on the sample</h2>
          <p>A short Pakistan/Afghanistan news story with attributed statements, a quotation and an in-article denial.</p>
          <button type="button" className="button button--primary" onClick={loadSample} disabled={busy}>
            {busy ? 'Loading…' : 'Load sample article'}
          </button>
        </section>
        <section className="start__card" aria-labelledby="start-files">
          <h2 id="start-files">Import files</h2>
          <p>
            <ImportableTypes />, several at once. The same file imported twice is recognised and not duplicated.
          </p>
          <ImportFileButton onOutcomes={handle} importing={dropImporting} />
          <p className="hint">…or drop files anywhere on this window.</p>
        </section>
        <section className="start__card start__card--wide" aria-labelledby="start-paste">
          <h2 id="start-paste">Paste text</h2>
          <PasteForm onOutcome={(o) => handle([o])} />
        </section>
      </div>
      {dragging && <DropOverlay />}
    </main>
  );
}
