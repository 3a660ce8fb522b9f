import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'

describe('public API', () => {
  it('exports exactly the documented names (adding is a minor release, removing is breaking)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'COUNTER_UNITS',
      'CSV_LONG_COLUMNS',
      'CSV_WIDE_COLUMNS',
      'DEFAULT_LIMITS',
      'FazhiReportError',
      'OUTPUT_SCHEMA_VERSION',
      'REQUIRED_ITEMS',
      'buildDocument',
      'checkCompleteness',
      'checkTimeliness',
      'createExtractorRegistry',
      'createReportParser',
      'createReportProcessor',
      'createTaxonomy',
      'csvHeader',
      'csvRows',
      'defaultCategories',
      'defaultExtractors',
      'defaultIndicators',
      'defaultTaxonomy',
      'defineExtractor',
      'detectEncoding',
      'detectStringFormat',
      'extractMeta',
      'factsExtractor',
      'findDates',
      'findPercentages',
      'findQuantities',
      'findTemplateResidue',
      'isBatchError',
      'isFazhiReportError',
      'isReportRecord',
      'leaderDutiesExtractor',
      'loadSource',
      'messageRules',
      'normalizeEncodingLabel',
      'normalizeView',
      'parseChineseNumber',
      'parseMoney',
      'parsePercentage',
      'parseQuantity',
      'parseReport',
      'parseReportDate',
      'plansExtractor',
      'rectificationExtractor',
      'regionCodeOfIndexNo',
      'reportCompile',
      'reportExtract',
      'reportMeta',
      'reportParse',
      'resolveJurisdiction',
      'runExtractors',
      'shortcomingsExtractor',
      'taxonomyToMarkdown',
      'toCSV',
      'toJSON',
      'toSimplified',
      'toXML',
      'unitClassOf',
      'xmlFooter',
      'xmlHeader',
      'xmlRecord',
    ])
  })

  it('keeps the package entry points consistent with the build config', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
    expect(pkg.exports['.'].import.types).toBe('./dist/index.d.ts')
    expect(pkg.exports['.'].require.types).toBe('./dist/index.d.cts')
    expect(Object.keys(pkg.exports['.'].import)[0]).toBe('types')
    expect(Object.keys(pkg.exports['.'].require)[0]).toBe('types')
    expect(pkg.sideEffects).toBe(false)
    expect(pkg.bin['fazhi-report']).toBe('./dist/cli.js')
  })

  it('keeps the core isomorphic: no Node-only imports outside the CLI', async () => {
    const { readdirSync, statSync } = await import('node:fs')
    const offenders: string[] = []
    const walk = (dir: URL) => {
      for (const name of readdirSync(dir)) {
        const url = new URL(name, dir)
        if (statSync(url).isDirectory()) {
          if (name !== 'cli') walk(new URL(`${name}/`, dir))
        } else if (name.endsWith('.ts')) {
          const source = readFileSync(url, 'utf8')
          if (/from ['"]node:|require\(|\bBuffer\b|\bprocess\.(?!env)/.test(source))
            offenders.push(url.pathname)
        }
      }
    }
    walk(new URL('../src/', import.meta.url))
    expect(offenders).toEqual([])
  })
})
