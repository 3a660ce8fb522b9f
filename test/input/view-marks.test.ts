import { describe, expect, it } from 'vitest'
import { loadSource } from '../../src/input/index.js'
import { hasNormalizedView, identityLength, identityMap } from '../../src/input/view-builder.js'

describe('hasNormalizedView', () => {
  it('is true for what loadSource returns, text or markup', () => {
    expect(hasNormalizedView(loadSource('全年办理\u300012件'))).toBe(true)
    expect(hasNormalizedView(loadSource('<p>全年办理12件</p><br>', { format: 'html' }))).toBe(true)
  })

  it('is false for a copy or a source whose text was replaced', () => {
    const source = loadSource('全年办理12件')
    expect(hasNormalizedView({ ...source })).toBe(false)
    expect(hasNormalizedView({ ...source, text: source.text })).toBe(false)
    source.text = '全年办理\t12件'
    expect(hasNormalizedView(source)).toBe(false)
  })
})

describe('identityLength', () => {
  it('gives the length of an identity map, and -1 for any other function', () => {
    expect(identityLength(identityMap(10))).toBe(10)
    expect(identityLength((start, end) => ({ start, end }))).toBe(-1)
    expect(identityLength(loadSource('abc').toOriginal)).toBe(3)
    expect(identityLength(loadSource('<p>abc</p>', { format: 'html' }).toOriginal)).toBe(-1)
  })
})
