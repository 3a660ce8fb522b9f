import { describe, expect, it } from 'vitest'
import { readDivergences, runConformance } from '../../scripts/conformance.js'

describe('conformance against ../shared/conformance', () => {
  const report = runConformance()

  it('reads all four vector files', () => {
    expect(report.files.map((f) => f.file)).toEqual([
      'numerals.json',
      'percent.json',
      'money.json',
      'dates.json',
    ])
    for (const f of report.files) expect(f.total).toBeGreaterThan(0)
  })

  it('lists every divergence with a reason', () => {
    expect(report.unlisted.map((o) => `${o.key} → ours ${o.actual}; peer ${o.expected}`)).toEqual([])
  })

  it('passes every vector whose convention matches ours', () => {
    for (const f of report.files) {
      const bugs = f.outcomes.filter((o) => !o.pass && o.reason?.startsWith('bug:'))
      expect({ file: f.file, passed: f.passed + bugs.length }).toEqual({
        file: f.file,
        passed: f.total - f.conventionDiffers,
      })
    }
  })

  it('keeps the divergences file tidy: valid reasons, no stale entries', () => {
    for (const reason of readDivergences().values())
      expect(reason).toMatch(/^(convention|bug|out of scope): \S/)
    expect(report.stale).toEqual([])
  })
})
