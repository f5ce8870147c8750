/** The article's title: its headline, or else the start of its first claim. */
import { collapseWhitespace, isHighSurrogate } from '../text/characters';

const TITLE_WORDS = 10;
const MAX_TITLE_CHARS = 200;
const MAX_DERIVED_TITLE_CHARS = 120;
export const UNTITLED = 'Untitled article';

function cutAt(value: string, max: number): string {
  if (value.length <= max) return value;
  let cut = max;
  const space = value.lastIndexOf(' ', max);
  if (space > max / 2) cut = space;
  else if (isHighSurrogate(value.charCodeAt(cut - 1))) cut--;
  return `${value.slice(0, cut).replace(/[\s,;:–—-]+$/u, '')}…`;
}

/** Titles are shown, not anchored: Markdown emphasis and link targets can go. */
function plainText(value: string): string {
  const plain = collapseWhitespace(value)
    .replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1')
    .replace(/(\*\*|__)([^*_\s](?:.*?[^*_\s])?)\1/gu, '$2')
    .replace(/\*([^*\s](?:[^*]*?[^*\s])?)\*/gu, '$1')
    .trim();
  return plain === '' ? collapseWhitespace(value) : plain;
}

/** A headline as a title: one line, plain text. */
export function titleFromHeadline(headline: string): string {
  return cutAt(plainText(headline), MAX_TITLE_CHARS) || UNTITLED;
}

/** "The federal and the Khyber Pakhtunkhaw governments are in conflict…" */
export function titleFromSentence(sentence: string): string {
  const words = plainText(sentence).split(' ').filter((w) => w !== '');
  if (words.length === 0) return UNTITLED;
  const title =
    words.length > TITLE_WORDS ? `${words.slice(0, TITLE_WORDS).join(' ').replace(/[\s,;:–—-]+$/u, '')}…` : words.join(' ');
  return cutAt(title, MAX_DERIVED_TITLE_CHARS);
}
