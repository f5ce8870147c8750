import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('npm start where the Electron binary is missing', () => {
  it('prints one line pointing to browser mode and exits non-zero', () => {
    // An empty folder standing in for Electron's dist: exactly the state of a machine that could not download it.
    const emptyDist = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-no-electron-'));
    try {
      const result = spawnSync(process.execPath, [path.join(__dirname, '..', 'scripts', 'start.js')], {
        env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: emptyDist },
        encoding: 'utf8',
      });
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/Electron binary is not installed.*npm run web$/);
    } finally {
      fs.rmSync(emptyDist, { recursive: true, force: true });
    }
  });
});
