// Generates docs/report.schema.json (JSON Schema of the `Report` type) from src/types.ts.
// `npm run docs` runs it; test/schema.test.ts checks the committed file is current and
// validates real parses against it.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createGenerator } from 'ts-json-schema-generator'

export const schemaPath = fileURLToPath(new URL('../docs/report.schema.json', import.meta.url))

/** Build the schema object. */
export function buildSchema(): unknown {
  const generator = createGenerator({
    path: fileURLToPath(new URL('../src/types.ts', import.meta.url)),
    tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
    type: 'Report',
    skipTypeCheck: true,
    additionalProperties: false,
  })
  const schema = generator.createSchema('Report') as Record<string, unknown>
  return {
    ...schema,
    $id: 'https://unpkg.com/fazhi-report/docs/report.schema.json',
    title: 'fazhi-report Report',
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(schemaPath, `${JSON.stringify(buildSchema(), null, 2)}\n`)
  console.log(`wrote ${schemaPath}`)
}
