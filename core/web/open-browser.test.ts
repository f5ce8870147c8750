import { describe, expect, it } from 'vitest';
import { browserCommand } from './open-browser';

const URL = 'http://127.0.0.1:4000/?token=abc';

describe('browserCommand', () => {
  it('uses $BROWSER when set, and BROWSER=none opens nothing', () => {
    expect(browserCommand(URL, { BROWSER: 'firefox' }, 'linux')).toEqual({ command: 'firefox', args: [URL] });
    expect(browserCommand(URL, { BROWSER: 'none' }, 'darwin')).toBeNull();
    expect(browserCommand(URL, { BROWSER: 'NONE' }, 'linux')).toBeNull();
  });

  it("otherwise the platform's opener; nothing on a Linux machine without a display", () => {
    expect(browserCommand(URL, {}, 'darwin')).toEqual({ command: 'open', args: [URL] });
    expect(browserCommand(URL, {}, 'win32')).toEqual({ command: 'explorer.exe', args: [URL] });
    expect(browserCommand(URL, { DISPLAY: ':0' }, 'linux')).toEqual({ command: 'xdg-open', args: [URL] });
    expect(browserCommand(URL, { WAYLAND_DISPLAY: 'wayland-0' }, 'freebsd')).toEqual({ command: 'xdg-open', args: [URL] });
    expect(browserCommand(URL, {}, 'linux')).toBeNull();
  });
});
