import { describe, expect, it } from 'vitest';
import { isExternalUrlAllowed, isRendererDocumentUrl } from './url-policy';

const RENDERER = 'file:///opt/Claimdesk/resources/app.asar/out/renderer/index.html';

describe('isExternalUrlAllowed', () => {
  it('allows http, https and mailto only', () => {
    expect(isExternalUrlAllowed('https://www.reuters.com/world/')).toBe(true);
    expect(isExternalUrlAllowed('http://example.org')).toBe(true);
    expect(isExternalUrlAllowed('mailto:desk@example.org')).toBe(true);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'data:text/html,hi', 'ms-settings:', 'not a url', '']) {
      expect(isExternalUrlAllowed(url), url).toBe(false);
    }
  });
});

describe('isRendererDocumentUrl', () => {
  it('accepts the renderer itself, with any query or fragment', () => {
    expect(isRendererDocumentUrl(RENDERER, RENDERER, 'linux')).toBe(true);
    expect(isRendererDocumentUrl(`${RENDERER}#/claims/3`, RENDERER, 'linux')).toBe(true);
    expect(isRendererDocumentUrl(`${RENDERER}?token=x`, RENDERER, 'linux')).toBe(true);
  });

  it('rejects other files, other schemes and look-alikes', () => {
    expect(isRendererDocumentUrl('file:///etc/passwd', RENDERER, 'linux')).toBe(false);
    expect(isRendererDocumentUrl(RENDERER.replace('index.html', 'evil.html'), RENDERER, 'linux')).toBe(false);
    expect(isRendererDocumentUrl('https://opt/Claimdesk/resources/app.asar/out/renderer/index.html', RENDERER, 'linux')).toBe(false);
    expect(isRendererDocumentUrl('file://evil-host/opt/Claimdesk/resources/app.asar/out/renderer/index.html', RENDERER, 'linux')).toBe(false);
    expect(isRendererDocumentUrl(RENDERER.toUpperCase().replace('FILE:', 'file:'), RENDERER, 'linux')).toBe(false);
    expect(isRendererDocumentUrl('', RENDERER, 'linux')).toBe(false);
  });

  it('treats percent-encoding as the same path and ignores case on Windows only', () => {
    const spaced = 'file:///home/a%20b/claimdesk/out/renderer/index.html';
    expect(isRendererDocumentUrl('file:///home/a b/claimdesk/out/renderer/index.html', spaced, 'linux')).toBe(true);
    const windows = 'file:///C:/Users/Ana/Claimdesk/out/renderer/index.html';
    expect(isRendererDocumentUrl('file:///c:/users/ana/claimdesk/out/renderer/index.html', windows, 'win32')).toBe(true);
    expect(isRendererDocumentUrl('file:///c:/users/ana/claimdesk/out/renderer/index.html', windows, 'linux')).toBe(false);
  });
});
