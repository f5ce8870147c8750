/** The article size limit, shared by the file reader and the decoder (no Node imports: usable anywhere). */
import { ClaimdeskError } from '../errors';

export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024; // 10 MiB

/** "The file is 11.0 MiB; Claimdesk imports articles up to 10 MiB." (or "The pasted text is ...") */
export function tooLargeError(bytes: number, subject = 'The file'): ClaimdeskError {
  const limit = `${MAX_ARTICLE_BYTES / 1024 / 1024} MiB`;
  const size = `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  // Just over the limit the two would read alike ("10.0 MiB … up to 10 MiB"): then in bytes, which differ.
  if (Number.parseFloat(size) <= MAX_ARTICLE_BYTES / 1024 / 1024) {
    const count = (n: number) => n.toLocaleString('en-US');
    return new ClaimdeskError('too_large', `${subject} is ${count(bytes)} bytes; Claimdesk imports articles up to ${count(MAX_ARTICLE_BYTES)} bytes (${limit}).`);
  }
  return new ClaimdeskError('too_large', `${subject} is ${size}; Claimdesk imports articles up to ${limit}.`);
}
