import type { RootContent } from 'nlcst'
import { describe, expect, it } from 'vitest'
import { buildDocument } from '../../src/parser/index.js'
import { plainSource, readSeed, seeds } from '../structure/helpers.js'

type Node = { type: string; value?: string; children?: Node[] }

function visit(node: Node, each: (node: Node) => void): void {
  each(node)
  for (const child of node.children ?? []) visit(child, each)
}

// The tree's nodes are made on the first read of `root.children`; whoever reads
// the tree must not be able to tell.
describe('the lazily made tree', () => {
  const text = readSeed(seeds[0]!)

  it('is a plain-looking root: keys, JSON, structuredClone and spreading all see the children', () => {
    const { tree } = buildDocument(plainSource(text))
    expect(Object.keys(tree)).toEqual(['type', 'children', 'position'])
    const json = JSON.parse(JSON.stringify(tree)) as { children: unknown[] }
    expect(json.children.length).toBeGreaterThan(0)
    expect(structuredClone(tree)).toEqual(json)
    expect({ ...tree }.children).toBe(tree.children)
    for (const key of Object.getOwnPropertySymbols(tree))
      expect(Object.prototype.propertyIsEnumerable.call(tree, key)).toBe(false)
  })

  it('is the same tree whenever it is read, and the same as a fresh parse', () => {
    const first = buildDocument(plainSource(text))
    const second = buildDocument(plainSource(text))
    const children = first.tree.children
    expect(first.tree.children).toBe(children)
    expect(second.tree.children).toEqual(children)
    let words = 0
    visit(second.tree as Node, (node) => {
      if (node.type === 'WordNode') words++
    })
    expect(words).toBeGreaterThan(500)
  })

  it('covers the text exactly, made before or after the views are read', () => {
    const { tree, document } = buildDocument(plainSource(text))
    expect(document.flat.length).toBeGreaterThan(5)
    const values: string[] = []
    visit(tree as Node, (node) => {
      if (node.value !== undefined) values.push(node.value)
    })
    expect(values.join('')).toBe(text)
  })

  it('takes assigned children instead of making its own', () => {
    const { tree } = buildDocument(plainSource(text))
    const replacement: RootContent[] = [{ type: 'WhiteSpaceNode', value: ' ' }]
    tree.children = replacement
    expect(tree.children).toBe(replacement)
    expect(JSON.parse(JSON.stringify(tree)).children).toEqual([{ type: 'WhiteSpaceNode', value: ' ' }])
  })
})
