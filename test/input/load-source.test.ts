import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS, detectStringFormat, loadSource } from '../../src/input/index.js'

const errorOf = (fn: () => unknown): { code?: unknown; details?: Record<string, unknown> } => {
  try {
    fn()
  } catch (error) {
    return error as { code?: unknown; details?: Record<string, unknown> }
  }
  return { code: 'no error' }
}

describe('loadSource: public surface', () => {
  it('exports a stable API', async () => {
    expect(Object.keys(await import('../../src/input/index.js')).sort()).toEqual([
      'DEFAULT_LIMITS',
      'detectEncoding',
      'detectStringFormat',
      'loadSource',
      'normalizeEncodingLabel',
      'normalizeView',
      'toSimplified',
    ])
  })

  it('documents its default limits as a frozen object', () => {
    expect(DEFAULT_LIMITS).toEqual({
      maxInputBytes: 52_428_800,
      maxZipEntries: 1000,
      maxZipEntryBytes: 67_108_864,
      maxZipTotalBytes: 134_217_728,
      maxZipRatio: 200,
      maxXmlEntities: 100,
      maxXmlEntityExpansion: 100_000,
    })
    expect(Object.isFrozen(DEFAULT_LIMITS)).toBe(true)
  })
})

describe('loadSource: size limit', () => {
  it('refuses a 200 MB input before doing any work and without copying it', () => {
    const big = new Uint8Array(200 * 1024 * 1024)
    const before = process.memoryUsage().arrayBuffers
    const started = performance.now()
    const error = errorOf(() => loadSource(big))
    expect(performance.now() - started).toBeLessThan(50)
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(16 * 1024 * 1024)
    expect(error.code).toBe('INPUT_TOO_LARGE')
    expect(error.details).toEqual({ limit: 52_428_800, actual: 209_715_200 })
    expect(errorOf(() => loadSource(big.buffer)).code).toBe('INPUT_TOO_LARGE')
  })

  it('applies maxInputBytes to strings (UTF-16 code units) and bytes', () => {
    expect(errorOf(() => loadSource('法'.repeat(11), { maxInputBytes: 10 })).details).toEqual({
      limit: 10,
      actual: 11,
    })
    expect(loadSource('法'.repeat(10), { maxInputBytes: 10 }).text).toBe('法'.repeat(10))
    expect(errorOf(() => loadSource(new Uint8Array(11), { maxInputBytes: 10 })).code).toBe('INPUT_TOO_LARGE')
  })
})

describe('loadSource: argument checks', () => {
  it('rejects inputs that are neither strings nor bytes with INVALID_ARGUMENT', () => {
    for (const input of [42, null, undefined, {}, [1, 2], new Date()]) {
      expect(errorOf(() => loadSource(input as unknown as string)).code, String(input)).toBe(
        'INVALID_ARGUMENT',
      )
    }
  })

  it('rejects bad options with INVALID_OPTION', () => {
    const bad: unknown[] = [
      'text',
      { format: 'pdf' },
      { maxInputBytes: -1 },
      { maxInputBytes: 1.5 },
      { maxInputBytes: '10' },
      { maxZipRatio: 0 },
      { maxXmlEntities: Number.NaN },
      { encoding: '' },
      { xmlTextPath: 3 },
    ]
    for (const options of bad) {
      expect(errorOf(() => loadSource('x', options as never)).code, JSON.stringify(options)).toBe(
        'INVALID_OPTION',
      )
    }
    expect(loadSource('x', null).text).toBe('x')
    expect(loadSource('x', { maxInputBytes: Number.POSITIVE_INFINITY }).text).toBe('x')
  })

  it('validates spans passed to toOriginal', () => {
    for (const source of [loadSource('全年办理12件'), loadSource('<p>全年办理12件</p>')]) {
      const length = source.text.length
      for (const [start, end] of [
        [-1, 2],
        [3, 2],
        [0, length + 1],
        [0.5, 2],
      ] as Array<[number, number]>) {
        expect(errorOf(() => source.toOriginal(start, end)).code).toBe('INVALID_ARGUMENT')
      }
      expect(source.toOriginal(0, 0)).toEqual({
        start: source.toOriginal(0, 1).start,
        end: source.toOriginal(0, 1).start,
      })
      const end = source.toOriginal(length, length)
      expect(end.start).toBe(end.end)
    }
  })
})

describe('format detection', () => {
  const cases: Array<[string, 'text' | 'html' | 'xml']> = [
    ['全年办理行政复议案件12件。', 'text'],
    ['\ufeff  <!DOCTYPE html><html><body>x</body></html>', 'html'],
    ['<html><body>x</body></html>', 'html'],
    ['<HTML><BODY>x</BODY></HTML>', 'html'],
    ['<div class="TRS_Editor"><p>正文</p></div>', 'html'],
    ['<!-- saved --><p>正文</p>', 'html'],
    ['正文一<br>正文二<br>正文三', 'html'],
    ['<?xml version="1.0"?><report><p>正文</p></report>', 'xml'],
    ['<report><title>标题</title><p>正文</p></report>', 'xml'],
    ['<!-- x --><doc:report xmlns:doc="urn:x"><p>正文</p></doc:report>', 'xml'],
    ['<!-- 只有注释 -->', 'text'],
    ['<report><para>正文</para></report>', 'xml'],
    ['<?xml version="1.0"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', 'html'],
    ['<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', 'html'],
    ['数量 < 10 且 > 5 的情形', 'text'],
    ['一处 <p> 标记的纯文本', 'text'],
  ]
  for (const [input, format] of cases) {
    it(`detects ${format}: ${JSON.stringify(input.slice(0, 40))}`, () => {
      expect(detectStringFormat(input)).toBe(format)
    })
  }

  it('lets the format option override detection', () => {
    const html = '<p>全年&amp;办理</p>'
    const asText = loadSource(html, { format: 'text' })
    expect(asText.format).toBe('text')
    expect(asText.text).toBe(html)
    expect(loadSource('全年办理', { format: 'html' }).text).toBe('全年办理\n')
    expect(loadSource('<r>全年办理</r>', { format: 'xml' }).format).toBe('xml')
  })
})
