import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  BraceLimitError,
  expandBraces,
  expandInputs,
  MAX_BRACE_EXPANSIONS,
  matchGlob,
} from '../../src/cli/inputs.js'

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

  it('expands braces in the arguments of a batch, each alternative a file or a glob', () => {
    const { inputs, unmatched } = expandInputs(['{a,b}/*.{xml,txt}', 'b/{2,9}.txt', 'a/[45].*'], dir)
    expect(inputs.map((input) => [input.file, input.error?.code ?? null])).toEqual([
      ['a/4.xml', null],
      ['a/5.htm', null],
      ['b/2.txt', null],
      ['b/9.txt', 'FILE_NOT_FOUND'],
    ])
    expect(unmatched).toEqual(['a/*.txt', 'b/*.xml'])
  })
})

describe('brace expansion and character classes', () => {
  it('expands {a,b} alternatives, nested ones, in written order and without duplicates', () => {
    expect(expandBraces('r/{2023,2024}/*.{txt,html}')).toEqual([
      'r/2023/*.txt',
      'r/2023/*.html',
      'r/2024/*.txt',
      'r/2024/*.html',
    ])
    expect(expandBraces('{a,b{1,2}}.txt')).toEqual(['a.txt', 'b1.txt', 'b2.txt'])
    expect(expandBraces('{a,a}.txt')).toEqual(['a.txt'])
  })

  it('leaves braces without a comma or without a closing brace as written', () => {
    expect(expandBraces('{a}.txt')).toEqual(['{a}.txt'])
    expect(expandBraces('{a,b.txt')).toEqual(['{a,b.txt'])
    expect(expandBraces('{x}/{a,b}.txt')).toEqual(['{x}/a.txt', '{x}/b.txt'])
  })

  it('refuses an argument that expands past the limit instead of hanging', () => {
    const bomb = '{0,1,2,3}'.repeat(6)
    expect(() => expandBraces(bomb)).toThrow(BraceLimitError)
    expect(expandBraces('{0,1,2,3}'.repeat(5))).toHaveLength(MAX_BRACE_EXPANSIONS)
  })

  it('matches [..] classes, ranges and negations within a segment', () => {
    expect(matchGlob(['[0-9].txt'], ['4.txt'])).toBe(true)
    expect(matchGlob(['[0-9].txt'], ['x.txt'])).toBe(false)
    expect(matchGlob(['[!x]*.txt'], ['b.txt'])).toBe(true)
    expect(matchGlob(['[!x]*.txt'], ['x.txt'])).toBe(false)
    // A `]` first in the class is a member.
    expect(matchGlob(['[]a].txt'], [']a.txt'])).toBe(false)
    expect(matchGlob(['[]a].txt'], [']' + '.txt'])).toBe(true)
    // An unclosed `[` is a literal character.
    expect(matchGlob(['[a.txt'], ['[a.txt'])).toBe(true)
  })
})
