import type { ClaimRow, Verdict } from '../../core/api/contract';
import { REVIEW_LABELS } from '../format';

const VERDICTS: ReadonlyArray<{ verdict: Verdict; key: string }> = [
  { verdict: 'verified', key: 'v' },
  { verdict: 'disputed', key: 'd' },
  { verdict: 'unverified', key: 'u' },
];

/**
 * The three verdicts, and Clear verdict (back to not reviewed). Only a
 * verdict a reviewer actually gave is shown as pressed: an unreviewed claim's
 * stored default ("unverified") is not one.
 */
export function VerdictButtons({ claim, onVerdict, onClear, busy }: { claim: ClaimRow; onVerdict: (v: Verdict) => void; onClear: () => void; busy: boolean }) {
  const given = claim.reviewedAt === null ? null : claim.status;
  return (
    <div className="verdicts" role="group" aria-label="Verdict">
      {VERDICTS.map(({ verdict, key }) => (
        <button
          key={verdict}
          type="button"
          className={`verdict verdict--${verdict}`}
          aria-pressed={given === verdict}
          aria-keyshortcuts={key}
          disabled={busy}
          onClick={() => onVerdict(verdict)}
        >
          {given === verdict && (
            <span className="verdict__check" aria-hidden="true">
              ✓
            </span>
          )}
          {REVIEW_LABELS[verdict]}
          <kbd className="verdict__key" aria-hidden="true">
            {key}
          </kbd>
        </button>
      ))}
      <button type="button" className="verdict verdict--clear" aria-keyshortcuts="c" disabled={busy || given === null} onClick={onClear}>
        Clear verdict
        <kbd className="verdict__key" aria-hidden="true">
          c
        </kbd>
      </button>
    </div>
  );
}
