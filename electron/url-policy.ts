/**
 * Where the renderer may go. Pure functions (no Electron import) so the rules
 * can be unit-tested under plain Node.
 */

/** Protocols that may be handed to the system browser / mail client. */
const EXTERNAL_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for http:, https: and mailto: URLs — the only ones shell.openExternal gets. */
export function isExternalUrlAllowed(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && EXTERNAL_PROTOCOLS.has(parsed.protocol);
}

/**
 * True when `candidate` is the renderer's own file:// document, ignoring the
 * query and #fragment (in-app routing). Windows paths compare case-insensitively.
 */
export function isRendererDocumentUrl(candidate: string, rendererUrl: string, platform: NodeJS.Platform = process.platform): boolean {
  const a = parse(candidate);
  const b = parse(rendererUrl);
  if (a === null || b === null) return false;
  if (a.protocol !== 'file:' || b.protocol !== 'file:') return false;
  if (a.host !== b.host) return false;
  const pathA = decodeURIComponentSafe(a.pathname);
  const pathB = decodeURIComponentSafe(b.pathname);
  if (pathA === null || pathB === null) return false;
  return platform === 'win32' ? pathA.toLowerCase() === pathB.toLowerCase() : pathA === pathB;
}

function decodeURIComponentSafe(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
