// What an executable or native module was built for, read from its header:
// ELF (Linux), Mach-O (macOS, thin or universal) or PE (Windows).
//
// The Electron binary's real architecture decides which better-sqlite3 build
// it can load. It is not always process.arch: an x64 Node under Rosetta on an
// Apple-silicon Mac gets an arm64 Electron from Electron's own installer.
'use strict';

const fs = require('node:fs');

const ELF_MACHINES = { 0x03: 'ia32', 0x28: 'arm', 0x3e: 'x64', 0xb7: 'arm64' };
const MACHO_CPUS = { 0x00000007: 'ia32', 0x01000007: 'x64', 0x0000000c: 'arm', 0x0100000c: 'arm64' };
const PE_MACHINES = { 0x014c: 'ia32', 0x01c4: 'arm', 0x8664: 'x64', 0xaa64: 'arm64' };

function readStart(file, length) {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const read = fs.readSync(fd, buffer, 0, length, 0);
    return buffer.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * `{ format: 'elf' | 'macho' | 'pe', archs: [...] }` for a binary, or null when
 * the file is missing, unreadable or not one of those formats (a script, say).
 * A universal Mach-O names every architecture it holds.
 */
function binaryTarget(file) {
  let head;
  try {
    head = readStart(file, 4096);
  } catch {
    return null;
  }
  if (head.length < 64) return null;

  if (head.readUInt32BE(0) === 0x7f454c46) {
    const littleEndian = head[5] !== 2;
    const machine = littleEndian ? head.readUInt16LE(18) : head.readUInt16BE(18);
    return { format: 'elf', archs: [ELF_MACHINES[machine] ?? `elf-machine-${machine}`] };
  }

  const magicLE = head.readUInt32LE(0);
  if (magicLE === 0xfeedfacf || magicLE === 0xfeedface) {
    const cpu = head.readInt32LE(4) >>> 0;
    return { format: 'macho', archs: [MACHO_CPUS[cpu] ?? `macho-cpu-${cpu}`] };
  }
  if (head.readUInt32BE(0) === 0xcafebabe) {
    const count = head.readUInt32BE(4);
    // Java class files share the magic; a real fat header holds a handful of slices.
    if (count === 0 || count > 8 || 8 + count * 20 > head.length) return null;
    const archs = [];
    for (let i = 0; i < count; i++) {
      const cpu = head.readUInt32BE(8 + i * 20);
      archs.push(MACHO_CPUS[cpu] ?? `macho-cpu-${cpu}`);
    }
    return { format: 'macho', archs };
  }

  if (head[0] === 0x4d && head[1] === 0x5a) {
    const peOffset = head.readUInt32LE(0x3c);
    if (peOffset + 6 > head.length || head.readUInt32BE(peOffset) !== 0x50450000) return null;
    const machine = head.readUInt16LE(peOffset + 4);
    return { format: 'pe', archs: [PE_MACHINES[machine] ?? `pe-machine-${machine}`] };
  }
  return null;
}

/** The binary format a platform loads. */
function formatFor(platform) {
  if (platform === 'darwin' || platform === 'mas') return 'macho';
  if (platform === 'win32') return 'pe';
  return 'elf';
}

module.exports = { binaryTarget, formatFor };
