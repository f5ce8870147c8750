/**
 * How the right-hand column is shared between the article and the claim's
 * detail when they are stacked (windows up to 1,366 px wide): the article's
 * share in percent, remembered in localStorage.
 */
export const ARTICLE_SHARE = { min: 20, max: 80, default: 55, step: 5, bigStep: 20 } as const;

export const ARTICLE_SHARE_KEY = 'claimdesk.articleShare';

export function clampShare(share: number): number {
  return Math.round(Math.min(ARTICLE_SHARE.max, Math.max(ARTICLE_SHARE.min, share)));
}

/** The share stored earlier, or the default when none (or something else) is stored. */
export function parseStoredShare(stored: string | null): number {
  if (stored === null || !/^\d{1,3}$/.test(stored)) return ARTICLE_SHARE.default;
  return clampShare(Number(stored));
}

/** The share after a key on the splitter, or null for a key it does not take. Up gives the article less room. */
export function shareAfterKey(share: number, key: string): number | null {
  switch (key) {
    case 'ArrowUp':
      return clampShare(share - ARTICLE_SHARE.step);
    case 'ArrowDown':
      return clampShare(share + ARTICLE_SHARE.step);
    case 'PageUp':
      return clampShare(share - ARTICLE_SHARE.bigStep);
    case 'PageDown':
      return clampShare(share + ARTICLE_SHARE.bigStep);
    case 'Home':
      return ARTICLE_SHARE.min;
    case 'End':
      return ARTICLE_SHARE.max;
    default:
      return null;
  }
}

/** The share for a pointer at `y` over a column running from `top` to `bottom`. */
export function shareAtPointer(y: number, top: number, bottom: number): number {
  return bottom > top ? clampShare(((y - top) / (bottom - top)) * 100) : ARTICLE_SHARE.default;
}

/** The rows of the stacked column: article, splitter, detail. */
export function stackedRows(share: number): string {
  return `minmax(0, ${share}fr) 8px minmax(0, ${100 - share}fr)`;
}
