import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { binaryTarget, formatFor } from './binary-target';
import { binaryHeader, tempDir } from './test-support';

let folder: string;
afterEach(() => {
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

function write(name: string, bytes: Buffer): string {
  folder ??= tempDir('binary-target');
  const file = path.join(folder, name);
  fs.writeFileSync(file, bytes);
  return file;
}

describe('binaryTarget', () => {
  it('reads the architecture of ELF, Mach-O and PE files', () => {
    folder = tempDir('binary-target');
    for (const [platform, format] of [['linux', 'elf'], ['darwin', 'macho'], ['win32', 'pe']] as const) {
      for (const arch of ['x64', 'arm64', 'ia32']) {
        expect(binaryTarget(write(`${platform}-${arch}`, binaryHeader(platform, arch)))).toEqual({ format, archs: [arch] });
      }
      expect(formatFor(platform)).toBe(format);
    }
  });

  it('names both slices of a universal macOS binary', () => {
    folder = tempDir('binary-target');
    const fat = Buffer.alloc(512);
    fat.writeUInt32BE(0xcafebabe, 0);
    fat.writeUInt32BE(2, 4);
    fat.writeUInt32BE(0x01000007, 8);
    fat.writeUInt32BE(0x0100000c, 28);
    expect(binaryTarget(write('universal', fat))).toEqual({ format: 'macho', archs: ['x64', 'arm64'] });
  });

  it('reads the Node binary running this test as what it is', () => {
    expect(binaryTarget(process.execPath)).toEqual({ format: formatFor(process.platform), archs: [process.arch] });
  });

  it('says null for a script, a short file and a missing file', () => {
    folder = tempDir('binary-target');
    expect(binaryTarget(write('script', Buffer.from('#!/bin/sh\necho hello, this is not a binary at all, only a shell script\n')))).toBeNull();
    expect(binaryTarget(write('short', Buffer.from([0x7f, 0x45, 0x4c, 0x46])))).toBeNull();
    expect(binaryTarget(path.join(folder, 'missing'))).toBeNull();
  });
});
