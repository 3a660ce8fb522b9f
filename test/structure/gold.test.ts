import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyzeStructure, type Sec } from '../../src/structure/index.js'
import { childrenOf, goldPath, readSeed, seeds } from './helpers.js'

interface GoldSection {
  level: number
  marker: string | null
  title: string | null
  kind: string
  topic: string | null
  startsWith?: string
  children?: GoldSection[]
}

interface Entry {
  level: number
  marker: string | null
  title: string | null
  kind: string
  startsWith?: string
  children?: Entry[]
}

function fromGold(section: GoldSection): Entry {
  const entry: Entry = {
    level: section.level,
    marker: section.marker,
    title: section.title,
    kind: section.kind,
  }
  if (section.level === 0) entry.startsWith = section.startsWith ?? ''
  if (section.level === 1) entry.children = (section.children ?? []).map(fromGold)
  return entry
}

function fromOurs(text: string, sec: Sec, goldStart?: string): Entry {
  const entry: Entry = {
    level: sec.level,
    marker: sec.heading?.marker ?? null,
    title: sec.heading?.title ?? null,
    kind: sec.kind,
  }
  if (sec.level === 0) {
    // Compare as many characters as the gold quotes.
    entry.startsWith = text.slice(sec.start, sec.start + (goldStart ?? '').length)
  }
  if (sec.level === 1) entry.children = childrenOf(sec).map((child) => fromOurs(text, child))
  return entry
}

function topics(sections: ReadonlyArray<{ topic: string | null; children?: unknown }>): unknown[] {
  return sections.map((section) => [
    section.topic,
    topics((section.children as Array<{ topic: string | null }> | undefined) ?? []),
  ])
}

describe('sections against the annotators’ gold files', () => {
  for (const name of seeds) {
    const path = goldPath(name)
    if (!existsSync(path)) continue
    const gold = JSON.parse(readFileSync(path, 'utf8')) as { sections: GoldSection[] }
    const text = readSeed(name)
    const { sections } = analyzeStructure(text)

    it(`${name}: level-0/1/2 sections (level, marker, title, kind, start)`, () => {
      const expected = gold.sections.map(fromGold)
      const actual = sections.map((sec, i) => fromOurs(text, sec, gold.sections[i]?.startsWith))
      expect(actual).toEqual(expected)
    })

    it(`${name}: level-1/2 topics`, () => {
      const ours = sections.map((sec) => ({
        topic: sec.topic,
        children: sec.level === 1 ? childrenOf(sec).map((child) => ({ topic: child.topic })) : [],
      }))
      expect(topics(ours)).toEqual(topics(gold.sections))
    })
  }
})
