/**
 * Session- and app-wide hardening: CSP header, no permissions, no network,
 * no navigation away from the renderer, no new windows, no <webview>.
 */
import { app, shell, type Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../core/csp';
import { isExternalUrlAllowed, isRendererDocumentUrl } from './url-policy';

/** Hands http(s)/mailto links to the OS; anything else is dropped. */
export function openExternalIfAllowed(url: string): void {
  if (!isExternalUrlAllowed(url)) {
    console.warn(`Claimdesk: refused to open ${JSON.stringify(url)} (only http, https and mailto links open outside the app)`);
    return;
  }
  shell.openExternal(url).catch((err: unknown) => {
    console.warn(`Claimdesk: could not open ${url}: ${err instanceof Error ? err.message : String(err)}`);
  });
}

export function installSessionSecurity(ses: Session): void {
  ses.setPermissionRequestHandler((_webContents, _permission, callback) => {
    callback(false);
  });
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);

  // Chromium ignores response headers for file:// documents, so the same policy
  // is also injected as a <meta> tag at build time (electron.vite.config.mts).
  // This header covers anything else the session ever loads.
  ses.webRequest.onHeadersReceived((details, callback) => {
    const responseHeaders: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') responseHeaders[name] = value;
    }
    responseHeaders['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders });
  });

  // Offline by design: the renderer never talks to the network (sensitive material).
  ses.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (details, callback) => {
    console.warn(`Claimdesk: blocked a network request to ${details.url}`);
    callback({ cancel: true });
  });
}

/** Applies to every WebContents the app ever creates, present and future. */
export function hardenAllWebContents(rendererUrl: string): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
    });
    contents.setWindowOpenHandler(({ url }) => {
      openExternalIfAllowed(url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event) => {
      if (isRendererDocumentUrl(event.url, rendererUrl)) return;
      event.preventDefault();
      openExternalIfAllowed(event.url);
    });
  });
}
