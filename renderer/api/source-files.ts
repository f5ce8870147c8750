/**
 * Files kept as sources: read from the user's disk to be attached, and
 * handed back to be opened — downloaded in browser mode (never shown inline:
 * a kept HTML file must not run in the app's origin), opened with the
 * system's viewer in the desktop app.
 */
import type { ApiError } from '../hooks/useApi';
import { fromBase64, toBase64 } from './base64';
import { desktopBridge } from './bridge';
import { call } from './client';
import { saveBlob } from './download';

// The most a source file may be: the backend's own limit (pure TypeScript, no Node imports).
export { MAX_SOURCE_FILE_BYTES } from '../../core/import/limits';

export async function readFileBase64(file: File): Promise<string> {
  return toBase64(new Uint8Array(await file.arrayBuffer()));
}

export async function openSourceFile(sourceId: number): Promise<{ ok: true; value: string } | { ok: false; error: ApiError }> {
  const bridge = desktopBridge();
  if (bridge?.openSourceFile) {
    const opened = await bridge.openSourceFile({ sourceId });
    return opened.ok ? { ok: true, value: opened.value.fileName } : opened;
  }
  const result = await call('getSourceFile', { sourceId });
  if (!result.ok) return result;
  const { fileName, bytesBase64 } = result.value;
  // application/octet-stream: saved as a download whatever the file is, never opened inside the app.
  saveBlob(new Blob([fromBase64(bytesBase64)], { type: 'application/octet-stream' }), fileName);
  return { ok: true, value: fileName };
}
