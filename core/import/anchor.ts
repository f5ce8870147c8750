/** The short quotes around a claim that let its anchor be found again after the article text is edited. */
import { isHighSurrogate, isLowSurrogate } from '../text/characters';

export const ANCHOR_CHARS = 32;

export function anchorFor(text: string, start: number, end: number): { prefix: string; suffix: string } {
  let from = Math.max(0, start - ANCHOR_CHARS);
  let to = Math.min(text.length, end + ANCHOR_CHARS);
  // Never keep half of a surrogate pair (an emoji cut in two is not valid text to store).
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++;
  if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to--;
  return { prefix: text.slice(from, start), suffix: text.slice(end, to) };
}
