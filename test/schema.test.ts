import { readdirSync, readFileSync } from 'node:fs'
import Ajv from 'ajv'
import { describe, expect, it } from 'vitest'
import { buildSchema, schemaPath } from '../scripts/gen-schema.js'
import { parseReport } from '../src/index.js'

const seeds = new URL('./fixtures/seeds/', import.meta.url)

describe('Report JSON Schema (docs/report.schema.json)', () => {
  const committed = JSON.parse(readFileSync(schemaPath, 'utf8'))

  it('is current with src/types.ts (run `npm run docs` to regenerate)', () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(buildSchema())))
  })

  it('validates the report of every seed, and the report survives a JSON round trip', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(committed)
    for (const name of readdirSync(seeds).sort()) {
      const report = parseReport(readFileSync(new URL(name, seeds), 'utf8'))
      const ok = validate(report)
      expect(validate.errors ?? [], name).toEqual([])
      expect(ok).toBe(true)
      expect(JSON.parse(JSON.stringify(report))).toEqual(report)
    }
  })

  it('rejects data that is not a report', () => {
    const validate = new Ajv({ strict: false }).compile(committed)
    expect(validate({ schemaVersion: 2 })).toBe(false)
  })
})
