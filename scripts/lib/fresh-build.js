// Whether something built from this checkout (the UI bundle, the backend
// bundle) is older than what it is built from. Used on every `npm run web`
// and every `claimdesk` command, so it only reads modification times.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

/** Newest modification time of the files under `dir`, tests left out (a test never reaches a bundle). */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (!/\.test\.tsx?$/.test(entry.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * True when any of `built` (files, relative to `root`) is missing or not newer
 * than every one of `inputs` (files or folders, relative to `root`). A tie counts
 * as stale: on a file system with coarse times (FAT: 2 s) an edit made just as
 * a build started may carry the build's own time.
 */
function isStale(root, built, inputs) {
  let builtAt = Infinity;
  for (const file of built) {
    const full = path.join(root, file);
    if (!fs.existsSync(full)) return true;
    builtAt = Math.min(builtAt, fs.statSync(full).mtimeMs);
  }
  return inputs.some((input) => {
    const full = path.join(root, input);
    const stat = fs.statSync(full);
    return (stat.isDirectory() ? newestMtime(full) : stat.mtimeMs) >= builtAt;
  });
}

module.exports = { isStale };
