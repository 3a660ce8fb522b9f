/**
 * Write docs/taxonomy.md from the built-in taxonomy.
 *
 *     node --import tsx scripts/gen-taxonomy-doc.ts           # write
 *     node --import tsx scripts/gen-taxonomy-doc.ts --check   # exit 1 when out of date
 */

import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defaultTaxonomy, taxonomyToMarkdown } from '../src/taxonomy/index.js'

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'taxonomy.md')
const markdown = taxonomyToMarkdown(defaultTaxonomy)

if (process.argv.includes('--check')) {
  let current = ''
  try {
    current = readFileSync(target, 'utf8')
  } catch {}
  if (current !== markdown) {
    console.error('docs/taxonomy.md is out of date: run node --import tsx scripts/gen-taxonomy-doc.ts')
    process.exit(1)
  }
  console.log('docs/taxonomy.md is up to date')
} else {
  writeFileSync(target, markdown)
  console.log(`wrote ${target} (${defaultTaxonomy.size} indicators)`)
}
