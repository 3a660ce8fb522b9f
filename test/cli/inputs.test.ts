import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expandInputs, matchGlob } from '../../src/cli/inputs.js'

describe('matchGlob', () => {
  const match = (pattern: string, file: string) => matchGlob(pattern.split('/'), file.split('/'))

  it('matches * and ? within one segment', () => {
    expect(match('*.txt', 'a.txt')).toBe(true)
    expect(match('*.txt', 'dir/a.txt')).toBe(false)
    expect(match('r?.txt', 'r1.txt')).toBe(true)
    expect(match('r?.txt', 'r12.txt')).toBe(false)
    expect(match('*报告*', '2024年度报告.txt')).toBe(true)
    expect(match('a*b*c', 'aXXbYYc')).toBe(true)
    expect(match('a*b*c', 'aXXbYY')).toBe(false)
  })

  it('matches ** across zero or more segments', () => {
    expect(match('**/*.txt', 'a.txt')).toBe(true)
    expect(match('**/*.txt', 'x/y/z/a.txt')).toBe(true)
    expect(match('x/**/a.txt', 'x/a.txt')).toBe(true)
    expect(match('x/**/a.txt', 'y/a.txt')).toBe(false)
    expect(match('**', 'x/y')).toBe(true)
  })

  it('stays fast on pathological patterns', () => {
    const started = performance.now()
    expect(match(`${'*a'.repeat(20)}b`, 'a'.repeat(5000))).toBe(false)
    expect(match(Array(30).fill('**').join('/') + '/b', Array(200).fill('a').join('/'))).toBe(false)
    expect(performance.now() - started).toBeLessThan(1000)
  })
})

describe('expandInputs', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'fazhi-inputs-'))
    for (const file of [
      'b/2.txt',
      'b/1.HTML',
      'a/x/3.docx',
      'a/4.xml',
      'a/5.htm',
      'a/skip.pdf',
      'a/.hidden.txt',
      '.git/c.txt',
    ]) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      writeFileSync(path.join(dir, file), 'x')
    }
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('walks folders recursively, picks report extensions in any case, skips hidden entries, sorts', () => {
    const { inputs, unmatched } = expandInputs(['.'], dir)
    expect(inputs.map((input) => input.file)).toEqual([
      'a/4.xml',
      'a/5.htm',
      'a/x/3.docx',
      'b/1.HTML',
      'b/2.txt',
    ])
    expect(inputs.every((input) => input.error === null && path.isAbsolute(input.absolute))).toBe(true)
    expect(unmatched).toEqual([])
  })

  it('de-duplicates a file named twice, keeps explicit files of any extension, reports missing ones', () => {
    const { inputs } = expandInputs(['b', './b/2.txt', 'a/skip.pdf', 'nope.txt'], dir)
    expect(inputs.map((input) => [input.file, input.error?.code ?? null])).toEqual([
      ['a/skip.pdf', null],
      ['b/1.HTML', null],
      ['b/2.txt', null],
      ['nope.txt', 'FILE_NOT_FOUND'],
    ])
  })

  it('expands globs relative to their static prefix and lists globs that match nothing', () => {
    const { inputs, unmatched } = expandInputs(['a/**/*.*', 'b/*.txt', 'c/*.txt'], dir)
    expect(inputs.map((input) => input.file)).toEqual(['a/4.xml', 'a/5.htm', 'a/x/3.docx', 'b/2.txt'])
    expect(unmatched).toEqual(['c/*.txt'])
  })
})
