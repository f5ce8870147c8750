/**
 * A file name as the CLI prints it: as it is, unless it holds a control
 * character (a line break, a tab, an escape) or a line or paragraph
 * separator, which would split the line it is printed on or move the
 * terminal's cursor. Such a name is printed as a JSON string
 * ("emoji 🔥\nnewline.txt", quotes included): nothing hidden, nothing ambiguous.
 */
export function printableName(name: string): string {
  if (!UNPRINTABLE.test(name)) return name;
  // JSON.stringify escapes C0 controls, quotes and backslashes; DEL, C1 controls and U+2028/U+2029 it leaves as they are.
  return JSON.stringify(name).replace(/[\u007f-\u009f\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;
