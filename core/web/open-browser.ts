import { spawn } from 'node:child_process';

/**
 * The command that opens a URL in the user's browser: $BROWSER when set
 * (`BROWSER=none` opens nothing), else the platform's opener. Null when there
 * is nothing to open with (a Linux machine without a display).
 */
export function browserCommand(url: string, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): { command: string; args: string[] } | null {
  const chosen = env.BROWSER?.trim();
  if (chosen) return chosen.toLowerCase() === 'none' ? null : { command: chosen, args: [url] };
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // explorer.exe hands a URL to the default browser without cmd's quoting rules.
  if (platform === 'win32') return { command: 'explorer.exe', args: [url] };
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  return { command: 'xdg-open', args: [url] };
}

/** Opens url in the browser, detached; a missing opener is reported, never fatal. */
export function openBrowser(url: string, report: (line: string) => void, env: NodeJS.ProcessEnv = process.env): void {
  const how = browserCommand(url, env);
  if (how === null) return;
  try {
    const child = spawn(how.command, how.args, { detached: true, stdio: 'ignore' });
    child.on('error', (err) => report(`could not open a browser with ${how.command} (${err.message}); open the address above yourself`));
    child.unref();
  } catch (err) {
    report(`could not open a browser with ${how.command} (${(err as Error).message}); open the address above yourself`);
  }
}
