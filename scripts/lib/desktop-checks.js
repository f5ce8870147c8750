// Can this machine show the desktop app's window? Two things stop it before
// Electron even starts, and both are cheaper to say than a Chromium abort:
// no display at all (SSH, a container, CI), and on Linux a kernel that forbids
// the user namespaces Chromium's sandbox needs while Electron's setuid helper
// is not set up (Ubuntu 24.04 and later: kernel.apparmor_restrict_unprivileged_userns=1).
// Claimdesk never answers either with --no-sandbox.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

/** Why no window can be shown here, or null. Only Linux/BSD desktops need a display variable. */
function displayProblem(env = process.env, platform = process.platform) {
  if (platform === 'win32' || platform === 'darwin') return null;
  if (env.DISPLAY || env.WAYLAND_DISPLAY) return null;
  return 'there is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set)';
}

function readTrimmed(file) {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
}

/** Does any AppArmor profile name this executable (how the .deb and a hand-made profile lift the restriction)? */
function hasAppArmorProfile(binary, profileDir) {
  let names;
  try {
    names = fs.readdirSync(profileDir);
  } catch {
    return false;
  }
  return names.some((name) => {
    const file = path.join(profileDir, name);
    try {
      return fs.statSync(file).isFile() && fs.readFileSync(file, 'utf8').includes(binary);
    } catch {
      return false;
    }
  });
}

/**
 * On Linux, when unprivileged user namespaces are restricted, Chromium's
 * sandbox needs Electron's chrome-sandbox helper owned by root with the setuid
 * bit, or an AppArmor profile for the binary. Returns the remedy as text when
 * neither is in place, else null. `root` lets tests stand in for `/`.
 */
function sandboxProblem({ binary, distDir, platform = process.platform, root = '/' }) {
  if (platform !== 'linux') return null;
  const sysctl = (name) => readTrimmed(path.join(root, 'proc', 'sys', 'kernel', name));
  const apparmorRestricts = sysctl('apparmor_restrict_unprivileged_userns') === '1';
  const usernsDisabled = sysctl('unprivileged_userns_clone') === '0';
  if (!apparmorRestricts && !usernsDisabled) return null;

  const helper = path.join(distDir, 'chrome-sandbox');
  let helperReady = false;
  try {
    const stat = fs.statSync(helper);
    helperReady = stat.uid === 0 && (stat.mode & 0o4000) !== 0;
  } catch {
    // no helper: nothing to fall back on
  }
  if (helperReady) return null;
  if (apparmorRestricts && hasAppArmorProfile(binary, path.join(root, 'etc', 'apparmor.d'))) return null;

  const setting = apparmorRestricts ? 'kernel.apparmor_restrict_unprivileged_userns=1' : 'kernel.unprivileged_userns_clone=0';
  return [
    `Electron's sandbox cannot start on this system (${setting}), and Claimdesk does not run without it.`,
    'To run the desktop app from this checkout, make Electron\'s sandbox helper setuid root (once after each Electron download):',
    `  sudo chown root:root "${helper}" && sudo chmod 4755 "${helper}"`,
    'or install the .deb package (npm run dist), which adds an AppArmor profile and keeps the sandbox.',
  ].join('\n');
}

module.exports = { displayProblem, sandboxProblem };
