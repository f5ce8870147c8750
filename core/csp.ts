/**
 * The UI's Content-Security-Policy, written once. Pure constants, used by
 * browser mode (core/web: a response header), the Electron main process (a
 * response header) and both renderer builds (renderer/csp-meta.ts: a
 * <meta> tag in the built index.html — Chromium ignores response headers
 * for file:// pages, so the tag is what applies in the desktop app).
 */
const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

function join(directives: ReadonlyArray<readonly [string, string]>): string {
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** Sent as the Content-Security-Policy response header. */
export const CONTENT_SECURITY_POLICY = join(DIRECTIVES);

/** Same policy for a <meta> tag: browsers ignore (and warn about) frame-ancestors there. */
export const CONTENT_SECURITY_POLICY_META = join(DIRECTIVES.filter(([name]) => name !== 'frame-ancestors'));
