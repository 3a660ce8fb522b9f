// Fails when an export of the package root lacks a TSDoc summary or an @example
// (functions also need @returns). Reads the TypeDoc JSON that `npm run docs` writes.
import { readFileSync } from 'node:fs'

const project = JSON.parse(readFileSync(new URL('../docs/api/api.json', import.meta.url), 'utf8'))
const KINDS = { 32: 'variable', 64: 'function', 128: 'class', 256: 'interface', 2097152: 'type' }
const problems = []
let checked = 0
// The root holds the `index` module; its children are the exports.
const exports = (project.children ?? []).flatMap((child) =>
  child.kind === 2 ? (child.children ?? []) : [child],
)
for (const item of exports) {
  const kind = KINDS[item.kind]
  if (!kind) continue
  checked++
  const comment = item.comment ?? item.signatures?.[0]?.comment
  const tags = new Set((comment?.blockTags ?? []).map((tag) => tag.tag))
  if (!comment?.summary?.length) problems.push(`${kind} ${item.name}: no summary`)
  if (!tags.has('@example')) problems.push(`${kind} ${item.name}: no @example`)
  if (kind === 'function' && !tags.has('@returns')) problems.push(`${kind} ${item.name}: no @returns`)
}
if (problems.length > 0) {
  console.error(problems.join('\n'))
  console.error(`${problems.length} documentation problem(s) in ${checked} exports`)
  process.exit(1)
}
console.log(`API docs: all ${checked} exports have a summary and an @example`)
