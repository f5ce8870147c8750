import { NEGATIVE_REASONS, REASONS, type Reason } from '../../core/analysis/reasons';

/** One reason behind a check-worthiness score, as the fact-checker reads it. */
export interface ReasonText {
  reason: string;
  explanation: string;
  /** Lowers the score (opinion, hedging, question...). */
  negative: boolean;
}

function isReason(reason: string): reason is Reason {
  return Object.hasOwn(REASONS, reason);
}

/** The engine's reasons with their one-line explanations; a reason the renderer does not know yet is shown as is. */
export function explainReasons(reasons: readonly string[]): ReasonText[] {
  return reasons.map((reason) =>
    isReason(reason)
      ? { reason, explanation: REASONS[reason], negative: NEGATIVE_REASONS.has(reason) }
      : { reason, explanation: '', negative: false },
  );
}

/** "0.72" — two decimals, as the engine scores. */
export function formatScore(score: number | null): string {
  return score === null ? '—' : score.toFixed(2);
}

/** High, medium or low: the bar's colour band, never the only sign (the number is always shown). */
export function scoreBand(score: number | null): 'high' | 'medium' | 'low' | 'none' {
  if (score === null) return 'none';
  if (score >= 0.7) return 'high';
  if (score >= 0.4) return 'medium';
  return 'low';
}

/** For screen readers and the tooltip: "Check-worthiness 0.72: figure (has a number…); attribution (…)". */
export function describeScore(score: number | null, reasons: readonly string[]): string {
  if (score === null) return 'Check-worthiness not scored yet.';
  const parts = explainReasons(reasons).map((r) => (r.explanation ? `${r.reason} (${r.explanation})` : r.reason));
  return `Check-worthiness ${formatScore(score)}${parts.length ? `: ${parts.join('; ')}` : ': no particular reason'}.`;
}
