// Keeps package-lock.json valid for `npm ci` on every platform.
//
// The registry this project is built against does not serve every platform
// build of some packages (@biomejs/cli-win32-x64@2.6.8, rollup's BSD builds …).
// npm then leaves those optional dependencies out of the lock file, and
// `npm ci` refuses the lock as "out of sync". This script adds a lock entry,
// with its os/cpu/libc, for every optional dependency the lock names but lacks;
// npm skips such entries on other platforms without fetching them.
// Run it after `npm install` changes the lock: `node scripts/fix-lockfile.mjs`.
import { readFileSync, writeFileSync } from 'node:fs'

const path = new URL('../package-lock.json', import.meta.url)
const lock = JSON.parse(readFileSync(path, 'utf8'))
const OSES = [
  'android',
  'darwin',
  'win32',
  'linux',
  'freebsd',
  'openbsd',
  'netbsd',
  'openharmony',
  'sunos',
  'aix',
]
const CPUS = ['arm64', 'x64', 'ia32', 'arm', 'loong64', 'ppc64', 'riscv64', 's390x', 'mips64el']

let added = 0
for (const [key, pkg] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const at = `${key ? `${key}/` : ''}node_modules/${name}`
    if (lock.packages[at] || lock.packages[`node_modules/${name}`]) continue
    const bare = name
      .split('/')
      .pop()
      .replace(/-(gnueabihf|musleabihf|eabi)$/, '')
    const os = OSES.find((candidate) => bare.includes(`-${candidate}`))
    const cpu = CPUS.find((candidate) => new RegExp(`-${candidate}(?:-|$)`).test(bare))
    if (!os || !cpu) continue // not a platform build: leave it to npm
    const entry = { version, cpu: [cpu], os: [os] }
    if (name.includes('musl')) entry.libc = ['musl']
    if (pkg.dev) entry.dev = true
    entry.optional = true
    lock.packages[`node_modules/${name}`] = entry
    added++
  }
}
const order = (a, b) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => order(a, b)))
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`)
console.log(`fix-lockfile: added ${added} platform entr${added === 1 ? 'y' : 'ies'}`)
