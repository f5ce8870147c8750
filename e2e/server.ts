import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** Starts browser mode on a workspace file exactly as a user starts it (`npm run web`), on a free port unless one is given. */
export function spawnBrowserMode(dbPath: string, port = 0): ChildProcess {
  return spawn(process.execPath, [path.join(__dirname, '..', 'scripts', 'web.js'), '--port', String(port), '--db', dbPath], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The address browser mode prints (token included), once it is listening. */
export function waitForAddress(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`browser mode did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/Claimdesk running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited with ${code}:\n${output}`));
    });
  });
}
