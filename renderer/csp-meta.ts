import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from '../core/csp';

/**
 * Writes the one Content-Security-Policy (core/csp.ts) into the built
 * index.html as a <meta> tag, first in <head> so it precedes every script.
 * Used by both renderer builds: browser mode's and the desktop app's.
 */
export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'claimdesk:csp-meta',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META }, injectTo: 'head-prepend' },
      ],
    },
  };
}
