import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ClaimFilter, ClaimSort, Preferences } from '../../core/api/contract';
import { call } from '../api/client';
import { exportReportFile, READING_FORMATS, type ReadingFormat } from '../api/reports';
import { unwrap, type ErrorSink } from '../hooks/useApi';
import { formatCount } from '../format';

export interface ReportDialogProps {
  open: boolean;
  onClose: () => void;
  /** What the table shows right now: the report follows it. */
  filter: ClaimFilter;
  sort: ClaimSort;
  /** Claims the filter shows, when known. */
  claimCount: number | null;
  onError: ErrorSink;
  notify: (message: string) => void;
}

type Publisher = Preferences['publisher'];

/**
 * Reports to read, print and publish: pick a format, and for ClaimReview
 * say once who publishes (kept in the workspace). The report follows the
 * table's filter and order, like Export CSV.
 */
export function ReportDialog(props: ReportDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const [format, setFormat] = useState<ReadingFormat>('html');
  const [publisher, setPublisher] = useState<Publisher>({ name: null, url: null, reviewUrlTemplate: null });
  const [draft, setDraft] = useState({ name: '', url: '', reviewUrlTemplate: '' });
  const [busy, setBusy] = useState(false);
  const { open, onClose, onError } = props;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      void call('getPreferences', {}).then((result) => {
        const prefs = unwrap(result, onError);
        if (!prefs) return;
        setPublisher(prefs.publisher);
        setDraft({ name: prefs.publisher.name ?? '', url: prefs.publisher.url ?? '', reviewUrlTemplate: prefs.publisher.reviewUrlTemplate ?? '' });
      });
    } else if (!open && dialog.open) dialog.close();
  }, [open, onError]);

  const publisherChanged =
    draft.name.trim() !== (publisher.name ?? '') || draft.url.trim() !== (publisher.url ?? '') || draft.reviewUrlTemplate.trim() !== (publisher.reviewUrlTemplate ?? '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      if (format === 'claimreview' && publisherChanged) {
        const saved = unwrap(await call('setPublisher', { name: draft.name, url: draft.url, reviewUrlTemplate: draft.reviewUrlTemplate }), onError);
        if (!saved) return;
        setPublisher(saved.publisher);
      }
      const result = await exportReportFile(format, props.filter, props.sort);
      if (!result.ok) {
        onError(result.error);
        return;
      }
      if (result.value && 'where' in result.value) {
        const what = format === 'claimreview' ? 'reviewed claims' : 'claims';
        props.notify(`Exported ${formatCount(result.value.rowCount)} ${what} to ${result.value.where}.`);
      }
      onClose();
    } finally {
      setBusy(false);
    }
  }

  const chosen = READING_FORMATS.find((f) => f.format === format)!;
  return (
    <dialog ref={ref} className="confirm report-dialog" aria-labelledby="report-dialog-title" onClose={() => open && onClose()} onKeyDown={(e) => e.stopPropagation()}>
      <form className="confirm__inner" onSubmit={submit}>
        <h2 id="report-dialog-title">Export a report</h2>
        <p className="confirm__body">
          Of the claims the table shows{props.claimCount !== null ? ` (${formatCount(props.claimCount)})` : ''}, in its order.
        </p>
        <fieldset className="report-dialog__formats">
          <legend className="field__label">Format</legend>
          {READING_FORMATS.map((f) => (
            <label key={f.format} className="report-dialog__format">
              <input type="radio" name="report-format" value={f.format} checked={format === f.format} onChange={() => setFormat(f.format)} />
              <span>
                <strong>{f.label}</strong>
                <span className="report-dialog__hint">{f.description}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {format === 'claimreview' && (
          <fieldset className="report-dialog__publisher">
            <legend className="field__label">Published by (saved in this workspace)</legend>
            <label className="field">
              <span className="field__label">Organisation name</span>
              <input type="text" required maxLength={200} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
            </label>
            <label className="field">
              <span className="field__label">Website (optional)</span>
              <input type="url" maxLength={500} placeholder="https://example.org" value={draft.url} onChange={(e) => setDraft({ ...draft, url: e.target.value })} />
            </label>
            <label className="field">
              <span className="field__label">Fact-check address, {'{claimId}'} where the claim’s ID goes</span>
              <input
                type="text"
                required
                maxLength={500}
                placeholder="https://example.org/fact-checks/{claimId}"
                value={draft.reviewUrlTemplate}
                onChange={(e) => setDraft({ ...draft, reviewUrlTemplate: e.target.value })}
              />
            </label>
          </fieldset>
        )}
        <div className="row-actions confirm__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Exporting…' : `Export ${chosen.label}`}
          </button>
        </div>
      </form>
    </dialog>
  );
}
