// Builds the API docs (TypeDoc, warnings are errors: an undocumented export fails
// the build) and regenerates the generated guides (taxonomy table, JSON Schema).
import { execFileSync } from 'node:child_process'

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' })

run('node', ['--import', 'tsx', 'scripts/gen-taxonomy-doc.ts'])
run('node', ['--import', 'tsx', 'scripts/gen-schema.ts'])
run('node', ['--import', 'tsx', 'scripts/gen-messages-doc.ts'])
run('npx', ['typedoc', '--options', 'typedoc.json', '--json', 'docs/api/api.json'])
run('node', ['scripts/check-api-docs.mjs'])
