/**
 * Builds the CLI bundle (`cli.js` + `cli-worker.js`, as tsup.config.ts does) into a
 * private folder under node_modules/.cache, so the e2e test and the benchmark spawn the
 * real built bin without depending on (or clobbering) `dist/`. Tests run before
 * `npm run build` in CI.
 */

import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'tsup'

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** A built CLI: the path of its `cli.js`, and a function to delete the build. */
export interface BuiltCli {
  cli: string
  remove(): void
}

/**
 * Bundles src/cli/index.ts and src/cli/worker.ts with tsup (ESM, node20, shebang banner).
 * The output sits in node_modules/.cache/fazhi-report-cli-XXXX/dist, next to a copy of
 * package.json (read by `--version`), so bare imports resolve to the repo's node_modules.
 *
 * @returns The path of the built `cli.js`.
 */
export async function buildCli(): Promise<BuiltCli> {
  const cache = path.join(ROOT, 'node_modules', '.cache')
  mkdirSync(cache, { recursive: true })
  const home = mkdtempSync(path.join(cache, 'fazhi-report-cli-'))
  const outDir = path.join(home, 'dist')
  await build({
    entry: { cli: path.join(ROOT, 'src/cli/index.ts'), 'cli-worker': path.join(ROOT, 'src/cli/worker.ts') },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    outDir,
    banner: { js: '#!/usr/bin/env node' },
    config: false,
    dts: false,
    sourcemap: false,
    silent: true,
    clean: true,
  })
  copyFileSync(path.join(ROOT, 'package.json'), path.join(home, 'package.json'))
  return { cli: path.join(outDir, 'cli.js'), remove: () => rmSync(home, { recursive: true, force: true }) }
}
