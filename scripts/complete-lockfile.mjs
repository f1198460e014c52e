// The package registry this project is built against serves only the Linux builds of
// some platform-specific optional packages (e.g. @unrs/resolver-binding-*, used by jest).
// npm then leaves the other platforms' entries out of package-lock.json, and `npm ci`
// refuses the lock as "out of sync". This adds those entries, marked optional and
// restricted to their platform, so npm ci skips them here and installs them elsewhere.
// Run after `npm install` changes the lock: `node scripts/complete-lockfile.mjs`.
import fs from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(fs.readFileSync(lockPath, 'utf8'));
const packages = lock.packages;

/** os, cpu and libc from a platform package's name, e.g. resolver-binding-linux-arm-musleabihf. */
function platformOf(name) {
  const tail = name.split('/').pop();
  const os = ['android', 'darwin', 'freebsd', 'linux', 'openharmony', 'win32', 'wasm32'].find((o) => tail.includes(`-${o}-`) || tail.endsWith(`-${o}`));
  if (!os) return null;
  if (os === 'wasm32') return { cpu: ['wasm32'] };
  const rest = tail.slice(tail.indexOf(`-${os}-`) + os.length + 2);
  const cpu = rest.split('-')[0].replace('ia32', 'ia32');
  const entry = { os: [os], cpu: [cpu === 'arm' ? 'arm' : cpu] };
  if (os === 'linux') entry.libc = [rest.includes('musl') ? 'musl' : 'glibc'];
  return entry;
}

let added = 0;
for (const [path, pkg] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    const nested = `${path}/node_modules/${dep}`;
    if (packages[key] || packages[nested]) continue;
    const platform = platformOf(dep);
    if (!platform) continue;
    packages[key] = { version, dev: pkg.dev === true ? true : undefined, optional: true, ...platform };
    added += 1;
  }
}
fs.writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform-specific optional entries`);
