/** The article size limit, shared by the file reader and the decoder (no Node imports: usable anywhere). */
import { ClaimdeskError } from '../errors';

export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024; // 10 MiB

/** "The file is 11.0 MiB; Claimdesk imports articles up to 10 MiB." (or "The pasted text is ...") */
export function tooLargeError(bytes: number, subject = 'The file'): ClaimdeskError {
  const size = `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  return new ClaimdeskError('too_large', `${subject} is ${size}; Claimdesk imports articles up to ${MAX_ARTICLE_BYTES / 1024 / 1024} MiB.`);
}
