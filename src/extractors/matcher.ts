/**
 * The compiled form of a taxonomy's cues: one trie over every cue phrase
 * (scanned once per sentence, no regular expressions) and an index from a
 * phrase to the cues whose last part it is. Internal.
 *
 * @internal
 * @module
 */

import type { UnitClass } from '../normalize/types.js'
import { unitClassesOf } from '../taxonomy/create.js'
import { parseCue, toViewForm } from '../taxonomy/cues.js'
import type { Indicator, Taxonomy } from '../taxonomy/types.js'
import { CharTrie } from '../text/trie.js'

/** A cue ready for matching. @internal */
export interface CompiledCue {
  readonly indicator: Indicator
  /** The pattern as written. */
  readonly pattern: string
  /** The id's first segment (`reconsideration`): context does not carry over a change of family. */
  readonly family: string
  readonly unitClasses: ReadonlySet<UnitClass>
  /** Atom ids of the indicator's exclusions. */
  readonly exclusions: ReadonlySet<number>
  /** Atom ids per part (alternatives). */
  readonly parts: readonly ReadonlySet<number>[]
  readonly weight: number
  /** Every part must be in the number's own window. */
  readonly local: boolean
}

/** An occurrence of a cue phrase in a text. @internal */
export interface Hit {
  /** Offset of the first character (relative to the scanned string). */
  readonly start: number
  /** Offset after the last character. */
  readonly end: number
  /** Atom id. */
  readonly atom: number
}

/** A compiled taxonomy. @internal */
export interface Matcher {
  /** Every distinct cue phrase; an atom id indexes this array. */
  readonly atoms: readonly string[]
  /** Whether an atom names a rate (ends with 率). */
  readonly rateAtom: readonly boolean[]
  /** Cues by the atom of their last part. */
  readonly byLastAtom: readonly (readonly CompiledCue[])[]
  /** The families (id's first segment) whose cues use an atom in any part. */
  readonly atomFamilies: readonly ReadonlySet<string>[]
  /**
   * Every occurrence of every atom in `text`, sorted by start then end.
   *
   * @param text - The text to scan.
   * @returns The hits.
   */
  scan(text: string): Hit[]
}

const cache = new WeakMap<Taxonomy, Matcher>()

function pairHash(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ b) & 0xffff
}

/**
 * Compile a taxonomy's cues (cached per taxonomy object; taxonomies are immutable).
 *
 * @param taxonomy - The taxonomy.
 * @returns The matcher.
 * @internal
 */
export function compileMatcher(taxonomy: Taxonomy): Matcher {
  let matcher = cache.get(taxonomy)
  if (matcher === undefined) {
    matcher = build(taxonomy)
    cache.set(taxonomy, matcher)
  }
  return matcher
}

function build(taxonomy: Taxonomy): Matcher {
  const atoms: string[] = []
  const atomIds = new Map<string, number>()
  const trie = new CharTrie()
  const byLastAtom: CompiledCue[][] = []
  const atomFamilies: Set<string>[] = []

  const atomId = (phrase: string): number => {
    let id = atomIds.get(phrase)
    if (id === undefined) {
      id = atoms.length
      atoms.push(phrase)
      atomIds.set(phrase, id)
      byLastAtom.push([])
      atomFamilies.push(new Set())
      trie.insert(phrase, id)
    }
    return id
  }

  for (const indicator of taxonomy.list()) {
    const unitClasses = new Set(unitClassesOf(indicator))
    const family = indicator.id.split('.')[0]!
    const exclusions = new Set(indicator.exclusions.map((phrase) => atomId(toViewForm(phrase))))
    for (const cue of indicator.cues) {
      const parsed = parseCue(cue)
      const parts = parsed.parts.map((alternatives) => new Set(alternatives.map(atomId)))
      const compiled: CompiledCue = {
        indicator,
        pattern: parsed.pattern,
        family,
        unitClasses,
        exclusions,
        parts,
        weight: parsed.weight,
        local: parsed.local,
      }
      for (const atom of parts[parts.length - 1]!) byLastAtom[atom]!.push(compiled)
      for (const part of parts) for (const atom of part) atomFamilies[atom]!.add(family)
    }
  }

  const rateAtom = atoms.map((atom) => atom.endsWith('率'))
  // Filters that skip the trie where no phrase can start: 1 for a code unit some phrase starts with,
  // 2 when a one-character phrase is that unit; hashed first-two-unit pairs of the longer phrases.
  const first = new Uint8Array(0x10000)
  const pairs = new Uint8Array(0x10000)
  for (const atom of atoms) {
    if (atom.length === 1) first[atom.charCodeAt(0)] = 2
    else if (atom.length > 1) pairs[pairHash(atom.charCodeAt(0), atom.charCodeAt(1))] = 1
  }
  for (const atom of atoms) if (atom.length > 0) first[atom.charCodeAt(0)] ||= 1

  return {
    atoms,
    rateAtom,
    byLastAtom,
    atomFamilies,
    scan(text) {
      const hits: Hit[] = []
      const length = text.length
      for (let start = 0; start < length; start++) {
        const code = text.charCodeAt(start)
        const kind = first[code]
        if (
          kind === 0 ||
          (kind === 1 && (start + 1 >= length || pairs[pairHash(code, text.charCodeAt(start + 1))] === 0))
        ) {
          continue
        }
        let node = 0
        for (let index = start; index < length; index++) {
          node = trie.child(node, text.charCodeAt(index))
          if (node === -1) break
          const atom = trie.value(node)
          if (atom !== -1) hits.push({ start, end: index + 1, atom })
        }
      }
      return hits
    },
  }
}
