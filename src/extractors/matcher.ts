/**
 * The compiled form of a taxonomy's cues: one trie over every cue phrase
 * (scanned once per sentence, no regular expressions) and an index from a
 * phrase to the cues whose last part it is. Built once per taxonomy object
 * (cached); a scan fills reusable scratch tables instead of allocating maps. Internal.
 *
 * @internal
 * @module
 */

import type { UnitClass } from '../normalize/types.js'
import { unitClassesOf } from '../taxonomy/create.js'
import { parseCue, toViewForm } from '../taxonomy/cues.js'
import type { Indicator, Taxonomy } from '../taxonomy/types.js'
import { afterSoftBreak } from './text.js'

/** The bit of each unit class in {@link CompiledCue.unitMask}. @internal */
export const UNIT_BITS: Readonly<Record<UnitClass, number>> = {
  cases: 1,
  items: 2,
  people: 4,
  events: 8,
  money: 16,
  rate: 32,
}

/** A cue ready for matching. @internal */
export interface CompiledCue {
  readonly indicator: Indicator
  /** The pattern as written. */
  readonly pattern: string
  /** The id's first segment (`reconsideration`): context does not carry over a change of family. */
  readonly family: string
  /** The family's index in {@link Matcher.families}. */
  readonly familyId: number
  readonly unitClasses: ReadonlySet<UnitClass>
  /** The unit classes as bits ({@link UNIT_BITS}). */
  readonly unitMask: number
  /** Atom ids of the indicator's exclusions. */
  readonly exclusions: ReadonlySet<number>
  /** Whether `exclusions` is not empty. */
  readonly hasExclusions: boolean
  /** Atom ids per part (alternatives). */
  readonly parts: readonly ReadonlySet<number>[]
  /** The same atom ids per part as arrays, in the order the alternatives are written. */
  readonly partLists: readonly (readonly number[])[]
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
  /** Whether no other hit ending at `end` is longer (建议 in 提案建议 is not). */
  readonly longest: boolean
}

/** The hits of one scanned text, with the hits of each atom grouped for lookups ({@link Matcher.hitsOf}). @internal */
export interface HitIndex {
  /** Every hit, sorted by start then end. */
  readonly all: readonly Hit[]
  /** The hits of each atom present, sorted by start (= by end: one atom has one length). */
  readonly groups: readonly (readonly Hit[])[]
  /** The matcher generation the atom → group table was stamped with. */
  generation: number
  /** The offsets of the code units marked in the `marks` table given to {@link Matcher.index}, ascending. */
  readonly marked: readonly number[]
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
  /** Every family (id's first segment), in taxonomy order. */
  readonly families: readonly string[]
  /**
   * The index in `families` of an indicator id's family (a family not seen yet is added).
   *
   * @param indicator - An indicator id.
   * @returns The family index.
   */
  familyOf(indicator: string): number
  /**
   * Whether a family's cues use an atom in any part (`atomFamilies` by family index).
   *
   * @param atom - An atom id.
   * @param familyId - A family index.
   * @returns `true` when some cue of the family uses the atom.
   */
  usesAtom(atom: number, familyId: number): boolean
  /**
   * Every occurrence of every atom in `text`, sorted by start then end.
   *
   * @param text - The text to scan.
   * @returns The hits.
   */
  scan(text: string): Hit[]
  /**
   * Scan a text and group its hits by atom; in the same pass, note where the code units marked in `marks`
   * are (for the caller's own character-level work).
   *
   * @param text - The text to scan.
   * @param marks - A table with 1 for each code unit to note (default: none).
   * @returns The hit index.
   */
  index(text: string, marks?: Uint8Array): HitIndex
  /**
   * The hits of an atom in an index, sorted by end.
   *
   * @param index - An index made by this matcher.
   * @param atom - An atom id.
   * @returns The hits, or `undefined` when the atom does not occur.
   */
  hitsOf(index: HitIndex, atom: number): readonly Hit[] | undefined
}

const cache = new WeakMap<Taxonomy, Matcher>()

const LF = 0x0a
const SP = 0x20

function pairHash(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ b) & 0xffff
}

/** Hash of a trie edge (node, code unit). */
function edgeHash(node: number, code: number): number {
  return Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)
}

/**
 * A character trie as flat tables, walked inline by the scan: an open-addressing hash from (node, code
 * unit) to the child node (`parents` holds node + 1, 0 for an empty slot), and each node's atom (`-1`).
 */
interface FlatTrie {
  readonly mask: number
  readonly parents: Int32Array
  readonly codes: Uint16Array
  readonly children: Int32Array
  readonly values: Int32Array
}

/** Build the trie of phrases (a phrase's index is its value). */
function flatTrie(phrases: readonly string[]): FlatTrie {
  const edges = new Map<number, number>()
  const values = [-1]
  for (let id = 0; id < phrases.length; id++) {
    const phrase = phrases[id]!
    let node = 0
    for (let index = 0; index < phrase.length; index++) {
      const key = node * 0x10000 + phrase.charCodeAt(index)
      let child = edges.get(key)
      if (child === undefined) {
        child = values.length
        values.push(-1)
        edges.set(key, child)
      }
      node = child
    }
    if (values[node] === -1) values[node] = id
  }
  let size = 64
  while (size < edges.size * 2) size *= 2
  const mask = size - 1
  const parents = new Int32Array(size)
  const codes = new Uint16Array(size)
  const children = new Int32Array(size)
  for (const [key, child] of edges) {
    const node = Math.floor(key / 0x10000)
    const code = key % 0x10000
    let slot = edgeHash(node, code) & mask
    while (parents[slot] !== 0) slot = (slot + 1) & mask
    parents[slot] = node + 1
    codes[slot] = code
    children[slot] = child
  }
  return { mask, parents, codes, children, values: Int32Array.from(values) }
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
  const byLastAtom: CompiledCue[][] = []
  const atomFamilies: Set<string>[] = []
  const families: string[] = []
  const familyIds = new Map<string, number>()

  const atomId = (phrase: string): number => {
    let id = atomIds.get(phrase)
    if (id === undefined) {
      id = atoms.length
      atoms.push(phrase)
      atomIds.set(phrase, id)
      byLastAtom.push([])
      atomFamilies.push(new Set())
    }
    return id
  }

  for (const indicator of taxonomy.list()) {
    const classes = unitClassesOf(indicator)
    const unitClasses = new Set(classes)
    let unitMask = 0
    for (const unitClass of unitClasses) unitMask |= UNIT_BITS[unitClass]
    const family = indicator.id.split('.')[0]!
    let familyId = familyIds.get(family)
    if (familyId === undefined) {
      familyId = families.length
      families.push(family)
      familyIds.set(family, familyId)
    }
    const exclusions = new Set(indicator.exclusions.map((phrase) => atomId(toViewForm(phrase))))
    for (const cue of indicator.cues) {
      const parsed = parseCue(cue)
      const parts = parsed.parts.map((alternatives) => new Set(alternatives.map(atomId)))
      const compiled: CompiledCue = {
        indicator,
        pattern: parsed.pattern,
        family,
        familyId,
        unitClasses,
        unitMask,
        exclusions,
        hasExclusions: exclusions.size > 0,
        parts,
        partLists: parts.map((part) => [...part]),
        weight: parsed.weight,
        local: parsed.local,
      }
      for (const atom of parts[parts.length - 1]!) byLastAtom[atom]!.push(compiled)
      for (const part of parts) for (const atom of part) atomFamilies[atom]!.add(family)
    }
  }

  const rateAtom = atoms.map((atom) => atom.endsWith('率'))
  /** Family indexes by indicator id (filled as ids are asked for). */
  const familyByIndicator = new Map<string, number>()
  const { mask, parents, codes, children, values } = flatTrie(atoms)
  // Families per atom as bits: `words` 32-bit words per atom.
  const words = Math.max(1, Math.ceil(families.length / 32))
  const familyBits = new Uint32Array(atoms.length * words)
  for (let atom = 0; atom < atoms.length; atom++) {
    for (const family of atomFamilies[atom]!) {
      const id = familyIds.get(family)!
      familyBits[atom * words + (id >>> 5)]! |= 1 << (id & 31)
    }
  }
  // Filters that skip the trie where no phrase can start: 1 for a code unit some phrase starts with,
  // 2 when a one-character phrase is that unit; hashed first-two-unit pairs of the longer phrases.
  const first = new Uint8Array(0x10000)
  const pairs = new Uint8Array(0x10000)
  for (const atom of atoms) {
    if (atom.length === 1) first[atom.charCodeAt(0)] = 2
    else if (atom.length > 1) pairs[pairHash(atom.charCodeAt(0), atom.charCodeAt(1))] = 1
  }
  for (const atom of atoms) if (atom.length > 0) first[atom.charCodeAt(0)] ||= 1

  // Scratch tables (only read and written inside one call, or re-stamped by `hitsOf`):
  // per end offset, the scan that last saw a hit end there; per atom, the group of the current index.
  let endSeen = new Int32Array(256)
  let scanStamp = 0
  const atomStamp = new Int32Array(atoms.length)
  const atomGroup = new Int32Array(atoms.length)
  let generation = 0

  // Per code unit: the `first` kind in the low bits, MARKED when the caller's marks table has it (one
  // combined table per marks table, so a scan reads one table per character).
  const MARKED = 4
  const combined = new Map<Uint8Array, Uint8Array>()
  function combine(marks: Uint8Array): Uint8Array {
    let table = combined.get(marks)
    if (table === undefined) {
      table = new Uint8Array(0x10000)
      for (let code = 0; code < 0x10000; code++) table[code] = first[code]! | (marks[code] === 0 ? 0 : MARKED)
      combined.set(marks, table)
    }
    return table
  }

  /**
   * Trie-scan `text` into hit objects, flagging the longest hit at each end; with a combined table,
   * push the offsets of marked code units to `marked`.
   */
  function scan(text: string, table: Uint8Array = first, marked: number[] | null = null): Hit[] {
    const hits: Hit[] = []
    const length = text.length
    if (endSeen.length <= length) endSeen = new Int32Array(Math.max(length + 1, endSeen.length * 2))
    if (scanStamp === 0x7fffffff) {
      endSeen.fill(0)
      scanStamp = 0
    }
    const seen = ++scanStamp
    for (let start = 0; start < length; start++) {
      const code = text.charCodeAt(start)
      let kind = table[code]!
      if (kind >= MARKED) {
        marked!.push(start)
        kind -= MARKED
      }
      if (kind === 0) continue
      if (kind === 1) {
        const next = start + 1 < length ? text.charCodeAt(start + 1) : -1
        // (A line break after the first unit may be a soft one: walk.)
        if (next === -1 || (next !== LF && next !== SP && pairs[pairHash(code, next)] === 0)) continue
      }
      // Walk the trie from the root along the text (the edge lookup inlined).
      let node = 0
      for (let index = start; index < length; index++) {
        const unit = text.charCodeAt(index)
        if ((unit === LF || unit === SP) && index > start) {
          // A phrase may run across a soft line break of hard-wrapped text (满\n意率): step over it.
          const after = afterSoftBreak(text, index)
          if (after !== index) {
            index = after - 1
            continue
          }
        }
        const key = node + 1
        let slot = edgeHash(node, unit) & mask
        node = -1
        for (let parent = parents[slot]!; parent !== 0; parent = parents[slot]!) {
          if (parent === key && codes[slot] === unit) {
            node = children[slot]!
            break
          }
          slot = (slot + 1) & mask
        }
        if (node === -1) break
        const atom = values[node]!
        if (atom !== -1) {
          const end = index + 1
          // Hits come sorted by start, so the first one seen at an end is the longest there.
          const longest = endSeen[end] !== seen
          endSeen[end] = seen
          hits.push({ start, end, atom, longest })
        }
      }
    }
    return hits
  }

  /** Point each atom of an index at its group, under a fresh generation. */
  function stamp(index: HitIndex): void {
    if (generation === 0x7fffffff) {
      atomStamp.fill(0)
      generation = 0
    }
    const current = ++generation
    const { groups } = index
    for (let group = 0; group < groups.length; group++) {
      const atom = groups[group]![0]!.atom
      atomStamp[atom] = current
      atomGroup[atom] = group
    }
    index.generation = current
  }

  return {
    atoms,
    rateAtom,
    byLastAtom,
    atomFamilies,
    families,
    familyOf(indicator) {
      let id = familyByIndicator.get(indicator)
      if (id === undefined) {
        const dot = indicator.indexOf('.')
        const family = dot === -1 ? indicator : indicator.slice(0, dot)
        id = familyIds.get(family)
        if (id === undefined) {
          id = families.length
          families.push(family)
          familyIds.set(family, id)
        }
        familyByIndicator.set(indicator, id)
      }
      return id
    },
    usesAtom(atom, familyId) {
      // A family added after the build (never in a cue) uses no atom.
      if (familyId >= words * 32) return false
      return (familyBits[atom * words + (familyId >>> 5)]! & (1 << (familyId & 31))) !== 0
    },
    scan(text) {
      return scan(text)
    },
    index(text, marks) {
      const marked: number[] = []
      const all = scan(text, marks === undefined ? first : combine(marks), marked)
      const groups: Hit[][] = []
      if (generation === 0x7fffffff) {
        atomStamp.fill(0)
        generation = 0
      }
      const current = ++generation
      for (let index = 0; index < all.length; index++) {
        const hit = all[index]!
        if (atomStamp[hit.atom] === current) groups[atomGroup[hit.atom]!]!.push(hit)
        else {
          atomStamp[hit.atom] = current
          atomGroup[hit.atom] = groups.length
          groups.push([hit])
        }
      }
      return { all, groups, generation: current, marked }
    },
    hitsOf(index, atom) {
      // Another index made since (a trace callback binding another sentence) took the table: re-stamp.
      if (index.generation !== generation) stamp(index)
      return atomStamp[atom] === generation ? index.groups[atomGroup[atom]!] : undefined
    },
  }
}
