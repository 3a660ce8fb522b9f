/**
 * The compiled form of a taxonomy's cues: one trie over every cue phrase
 * (scanned once per sentence, no regular expressions; its first two steps are
 * one probe of a table of the phrases' first two characters) and an index from a
 * phrase to the cues whose last part it is, also as columns of typed arrays.
 * Built once per taxonomy object (cached). A scan reads the text in place (a
 * span of the document's string) and fills a reusable index of typed arrays:
 * no object per hit, no sliced string. Internal.
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

/**
 * Every compiled cue as columns of typed arrays (a cue's number indexes `list` and each column), for the
 * binder's inner loops: reading them touches a few small arrays instead of an object per cue.
 * @internal
 */
export interface CueTable {
  /** The cues, in taxonomy order. */
  readonly list: readonly CompiledCue[]
  /**
   * Per atom `a`, the cues whose last part has it: `byLast[byLastStart[a] … byLastStart[a + 1])`, in the
   * order of `Matcher.byLastAtom[a]`.
   */
  readonly byLastStart: Int32Array
  readonly byLast: Int32Array
  /** Per cue: `unitMask`, `weight`, `familyId`, `local` (1) and `hasExclusions` (1) of {@link CompiledCue}. */
  readonly unitMask: Uint8Array
  readonly weight: Float64Array
  readonly family: Int32Array
  readonly local: Uint8Array
  readonly hasExclusions: Uint8Array
  /** Per cue, its indicator's category as an index in `categories`. */
  readonly category: Int32Array
  /** The categories of the indicators, in order of first use. */
  readonly categories: readonly string[]
  /**
   * The parts of cue `c` are the numbers `partStart[c] … partStart[c + 1] - 1`; the atoms of part `p` (its
   * `partLists` entry) are `alternatives[alternativeStart[p] … alternativeStart[p + 1])`.
   */
  readonly partStart: Int32Array
  readonly alternativeStart: Int32Array
  readonly alternatives: Int32Array
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

/**
 * The hits of one scanned span as parallel typed arrays (no object per hit), with the hits of each atom
 * grouped for lookups ({@link Matcher.groupOf}) and the offsets of the marked code units. Offsets are
 * relative to the start of the span. An index can be filled again by the next scan (see {@link Matcher.index}):
 * the arrays grow as needed, only the first `count` (`markedCount`, `flaggedCount`) entries are meaningful.
 * @internal
 */
export interface HitIndex {
  /** The number of hits. */
  count: number
  /** Per hit, sorted by start then end: its start, end, atom and whether it is the longest at its end (1). */
  starts: Int32Array
  ends: Int32Array
  atoms: Int32Array
  longest: Uint8Array
  /** Hit numbers grouped by atom, each group in hit order: group `g` is `order[groupStarts[g] … groupStarts[g + 1])`. */
  order: Int32Array
  groupStarts: Int32Array
  /** The number of groups (distinct atoms). */
  groups: number
  /** The matcher generation the atom → group table was stamped with (`-1` before the first `groupOf`). */
  generation: number
  /** The offsets of the code units marked 1 (bit 0) in the `marks` table given to {@link Matcher.index}, ascending. */
  marked: Int32Array
  markedCount: number
  /** The offsets of the code units marked 2 (bit 1) in the `marks` table, ascending. */
  flagged: Int32Array
  flaggedCount: number
}

/** A compiled taxonomy. @internal */
export interface Matcher {
  /** Every distinct cue phrase; an atom id indexes this array. */
  readonly atoms: readonly string[]
  /** Whether an atom names a rate (ends with 率). */
  readonly rateAtom: readonly boolean[]
  /** Cues by the atom of their last part. */
  readonly byLastAtom: readonly (readonly CompiledCue[])[]
  /** The cues as columns (see {@link CueTable}). */
  readonly cues: CueTable
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
   * Every occurrence of every atom in `text`, sorted by start then end, as hit objects.
   *
   * @param text - The text to scan.
   * @returns The hits.
   */
  scan(text: string): Hit[]
  /**
   * Add the atom of every occurrence of an atom in `text` to `atoms` (what `scan` finds, without hit objects).
   *
   * @param text - The text to scan.
   * @param atoms - The set to add to.
   */
  addAtoms(text: string, atoms: Set<number>): void
  /**
   * Scan `text.slice(from, to)` (without slicing it); in the same pass, note where the code units marked in
   * `marks` are (for the caller's own character-level work). The hits are grouped by atom on the first
   * {@link Matcher.groupOf}.
   *
   * @param text - The text to scan.
   * @param marks - Per code unit, bit 0 to note it in `marked`, bit 1 to note it in `flagged` (default: none).
   * @param from - Where the span starts (default: 0); offsets in the index are relative to it.
   * @param to - Where the span ends (default: `text.length`).
   * @param into - An index to fill again (its arrays are reused), or `undefined` for a new one.
   * @returns The hit index (`into` when given).
   */
  index(text: string, marks?: Uint8Array, from?: number, to?: number, into?: HitIndex): HitIndex
  /**
   * The group of an atom's hits in an index (see {@link HitIndex.order}).
   *
   * @param index - An index made by this matcher.
   * @param atom - An atom id.
   * @returns The group number, or `-1` when the atom does not occur.
   */
  groupOf(index: HitIndex, atom: number): number
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
  const cues = cueTable(byLastAtom)
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
  // A filter that skips the trie where no phrase can start: 1 for a code unit some phrase starts with,
  // 2 when a one-character phrase is that unit.
  const first = new Uint8Array(0x10000)
  for (const atom of atoms) if (atom.length === 1) first[atom.charCodeAt(0)] = 2
  for (const atom of atoms) if (atom.length > 0) first[atom.charCodeAt(0)] ||= 1
  // The trie's nodes two code units deep by their pair of units (an open-addressing table of
  // `[units, node + 1]` slots, 0 for an empty one): one probe takes a walk two steps, or rules it out.
  const depthTwo = new Map<number, number>()
  for (const atom of atoms) {
    if (atom.length < 2) continue
    const key = (atom.charCodeAt(0) << 16) | atom.charCodeAt(1)
    if (!depthTwo.has(key)) depthTwo.set(key, childOf(childOf(0, atom.charCodeAt(0)), atom.charCodeAt(1)))
  }
  let pairSize = 64
  while (pairSize < depthTwo.size * 4) pairSize *= 2
  const pairMask = pairSize - 1
  const pairSlots = new Int32Array(pairSize * 2)
  for (const [key, node] of depthTwo) {
    let slot = pairHash(key >>> 16, key & 0xffff) & pairMask
    while (pairSlots[slot * 2 + 1] !== 0) slot = (slot + 1) & pairMask
    pairSlots[slot * 2] = key
    pairSlots[slot * 2 + 1] = node + 1
  }

  /** The child of a trie node along a code unit, or -1 (the lookup the scan inlines). */
  function childOf(node: number, unit: number): number {
    const key = node + 1
    for (let slot = edgeHash(node, unit) & mask; parents[slot] !== 0; slot = (slot + 1) & mask) {
      if (parents[slot] === key && codes[slot] === unit) return children[slot]!
    }
    return -1
  }

  // Scratch tables (only read and written inside one call, or re-stamped by `groupOf`): per end offset,
  // the scan that last saw a hit end there; per atom, the group of the current index and, while grouping,
  // the next free slot of its group; per group, its atom.
  let endSeen = new Int32Array(256)
  let scanStamp = 0
  const atomStamp = new Int32Array(atoms.length)
  const atomGroup = new Int32Array(atoms.length)
  const atomCursor = new Int32Array(atoms.length)
  const groupAtom = new Int32Array(atoms.length)
  let generation = 0

  // Per code unit: the `first` kind in the low bits, MARKED and FLAGGED for the bits of the caller's marks
  // table (one combined table per marks table, so a scan reads one table per character).
  const MARKED = 4
  const FLAGGED = 8
  const combined = new Map<Uint8Array, Uint8Array>()
  function combine(marks: Uint8Array): Uint8Array {
    let table = combined.get(marks)
    if (table === undefined) {
      table = new Uint8Array(0x10000)
      for (let code = 0; code < 0x10000; code++) {
        const mark = marks[code]!
        table[code] = first[code]! | ((mark & 1) === 0 ? 0 : MARKED) | ((mark & 2) === 0 ? 0 : FLAGGED)
      }
      combined.set(marks, table)
    }
    return table
  }

  /** The index `scan` and `addAtoms` fill (they read it before anything else can scan). */
  const scratch = emptyIndex()

  /** A fresh generation of the atom → group table. */
  function nextGeneration(): number {
    if (generation === 0x7fffffff) {
      atomStamp.fill(0)
      generation = 0
    }
    return ++generation
  }

  /**
   * Trie-scan `text` in `[from, to)` into `index` (offsets relative to `from`), flagging the longest hit at
   * each end; with a combined table, note the offsets of marked code units.
   */
  function scan(text: string, table: Uint8Array, from: number, to: number, index: HitIndex): void {
    let count = 0
    let markedCount = 0
    let flaggedCount = 0
    let { starts, ends, atoms: hitAtoms, longest: longestFlags, marked, flagged } = index
    const length = to - from
    if (endSeen.length <= length) endSeen = new Int32Array(Math.max(length + 1, endSeen.length * 2))
    if (scanStamp === 0x7fffffff) {
      endSeen.fill(0)
      scanStamp = 0
    }
    const seen = ++scanStamp
    for (let start = from; start < to; start++) {
      const code = text.charCodeAt(start)
      let kind = table[code]!
      if (kind >= MARKED) {
        if ((kind & MARKED) !== 0) {
          if (markedCount === marked.length) marked = index.marked = grow(marked)
          marked[markedCount++] = start - from
        }
        if ((kind & FLAGGED) !== 0) {
          if (flaggedCount === flagged.length) flagged = index.flagged = grow(flagged)
          flagged[flaggedCount++] = start - from
        }
        kind &= 3
      }
      if (kind === 0) continue
      // Walk the trie from the root along the text (the edge lookup inlined).
      let node = 0
      let at = start
      if (kind === 1) {
        // No phrase is this one unit: the walk's first two steps are one probe of the depth-two table
        // (unless a line break follows, which may be a soft one: then walk).
        if (start + 1 >= to) continue
        const next = text.charCodeAt(start + 1)
        if (next !== LF && next !== SP) {
          const units = (code << 16) | next
          let slot = pairHash(code, next) & pairMask
          node = -1
          for (let found = pairSlots[slot * 2 + 1]!; found !== 0; found = pairSlots[slot * 2 + 1]!) {
            if (pairSlots[slot * 2] === units) {
              node = found - 1
              break
            }
            slot = (slot + 1) & pairMask
          }
          if (node === -1) continue
          at = start + 2
          const atom = values[node]!
          if (atom !== -1) {
            if (count === starts.length) {
              starts = index.starts = grow(starts)
              ends = index.ends = grow(ends)
              hitAtoms = index.atoms = grow(hitAtoms)
              longestFlags = index.longest = growBytes(longestFlags)
            }
            const end = at - from
            starts[count] = start - from
            ends[count] = end
            hitAtoms[count] = atom
            longestFlags[count] = endSeen[end] !== seen ? 1 : 0
            endSeen[end] = seen
            count++
          }
        }
      }
      for (; at < to; at++) {
        const unit = text.charCodeAt(at)
        if ((unit === LF || unit === SP) && at > start) {
          // A phrase may run across a soft line break of hard-wrapped text (满\n意率): step over it.
          const after = afterSoftBreak(text, at, to)
          if (after !== at) {
            at = after - 1
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
          const end = at + 1 - from
          if (count === starts.length) {
            starts = index.starts = grow(starts)
            ends = index.ends = grow(ends)
            hitAtoms = index.atoms = grow(hitAtoms)
            longestFlags = index.longest = growBytes(longestFlags)
          }
          starts[count] = start - from
          ends[count] = end
          hitAtoms[count] = atom
          // Hits come sorted by start, so the first one seen at an end is the longest there.
          longestFlags[count] = endSeen[end] !== seen ? 1 : 0
          endSeen[end] = seen
          count++
        }
      }
    }
    index.count = count
    index.markedCount = markedCount
    index.flaggedCount = flaggedCount
  }

  /**
   * Group the hits of an index by atom under a fresh generation: each atom's group number in the stamped
   * tables, the groups' hit numbers in `order` (counting sort, hit order kept within a group).
   */
  function group(index: HitIndex): void {
    const current = nextGeneration()
    const { count, atoms: hitAtoms } = index
    let { groupStarts } = index
    let groups = 0
    // Count the hits of each group (in groupStarts[g + 1]).
    for (let hit = 0; hit < count; hit++) {
      const atom = hitAtoms[hit]!
      if (atomStamp[atom] !== current) {
        atomStamp[atom] = current
        groupAtom[groups] = atom
        atomGroup[atom] = groups++
        if (groups + 1 > groupStarts.length) groupStarts = index.groupStarts = grow(groupStarts)
        groupStarts[groups] = 0
      }
      groupStarts[atomGroup[atom]! + 1]!++
    }
    groupStarts[0] = 0
    for (let g = 1; g <= groups; g++) groupStarts[g]! += groupStarts[g - 1]!
    let { order } = index
    if (order.length < count) order = index.order = new Int32Array(Math.max(count, order.length * 2))
    // Deal the hits out to their groups in hit order (each atom's cursor starts at its group's start).
    for (let g = 0; g < groups; g++) atomCursor[groupAtom[g]!] = groupStarts[g]!
    for (let hit = 0; hit < count; hit++) order[atomCursor[hitAtoms[hit]!]!++] = hit
    index.groups = groups
    index.generation = current
  }

  return {
    atoms,
    rateAtom,
    byLastAtom,
    cues,
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
      const index = scratch
      scan(text, first, 0, text.length, index)
      const hits: Hit[] = []
      for (let hit = 0; hit < index.count; hit++) {
        hits.push({
          start: index.starts[hit]!,
          end: index.ends[hit]!,
          atom: index.atoms[hit]!,
          longest: index.longest[hit] === 1,
        })
      }
      return hits
    },
    addAtoms(text, atoms) {
      const index = scratch
      scan(text, first, 0, text.length, index)
      for (let hit = 0; hit < index.count; hit++) atoms.add(index.atoms[hit]!)
    },
    index(text, marks, from = 0, to = text.length, into) {
      const index = into ?? emptyIndex()
      scan(text, marks === undefined ? first : combine(marks), from, to, index)
      // Grouped on the first `groupOf` (many sentences never ask).
      index.generation = -1
      return index
    },
    groupOf(index, atom) {
      // Not grouped yet, or another index was grouped since (the next sentence's, or one a trace callback
      // bound): group this one (again).
      if (index.generation !== generation) group(index)
      return atomStamp[atom] === generation ? atomGroup[atom]! : -1
    },
  }
}

/** The cue table of the cues indexed by last atom (each cue numbered at its first appearance). */
function cueTable(byLastAtom: readonly (readonly CompiledCue[])[]): CueTable {
  const list: CompiledCue[] = []
  const numbers = new Map<CompiledCue, number>()
  const byLastStart = new Int32Array(byLastAtom.length + 1)
  const byLast: number[] = []
  for (let atom = 0; atom < byLastAtom.length; atom++) {
    byLastStart[atom] = byLast.length
    for (const cue of byLastAtom[atom]!) {
      let number = numbers.get(cue)
      if (number === undefined) {
        number = list.length
        list.push(cue)
        numbers.set(cue, number)
      }
      byLast.push(number)
    }
  }
  byLastStart[byLastAtom.length] = byLast.length
  const categories: string[] = []
  const partStart = new Int32Array(list.length + 1)
  const alternativeStart: number[] = []
  const alternatives: number[] = []
  for (let number = 0; number < list.length; number++) {
    partStart[number] = alternativeStart.length
    for (const part of list[number]!.partLists) {
      alternativeStart.push(alternatives.length)
      for (const atom of part) alternatives.push(atom)
    }
  }
  partStart[list.length] = alternativeStart.length
  alternativeStart.push(alternatives.length)
  const category = Int32Array.from(list, (cue) => {
    let index = categories.indexOf(cue.indicator.category)
    if (index === -1) index = categories.push(cue.indicator.category) - 1
    return index
  })
  return {
    list,
    byLastStart,
    byLast: Int32Array.from(byLast),
    unitMask: Uint8Array.from(list, (cue) => cue.unitMask),
    weight: Float64Array.from(list, (cue) => cue.weight),
    family: Int32Array.from(list, (cue) => cue.familyId),
    local: Uint8Array.from(list, (cue) => (cue.local ? 1 : 0)),
    hasExclusions: Uint8Array.from(list, (cue) => (cue.hasExclusions ? 1 : 0)),
    category,
    categories,
    partStart,
    alternativeStart: Int32Array.from(alternativeStart),
    alternatives: Int32Array.from(alternatives),
  }
}

/** An index with small empty arrays (they grow on use). */
function emptyIndex(): HitIndex {
  return {
    count: 0,
    starts: new Int32Array(16),
    ends: new Int32Array(16),
    atoms: new Int32Array(16),
    longest: new Uint8Array(16),
    order: new Int32Array(16),
    groupStarts: new Int32Array(16),
    groups: 0,
    generation: -1,
    marked: new Int32Array(16),
    markedCount: 0,
    flagged: new Int32Array(16),
    flaggedCount: 0,
  }
}

/** A copy of `array` with twice the room. */
function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2)
  bigger.set(array)
  return bigger
}

/** A copy of `array` with twice the room. */
function growBytes(array: Uint8Array): Uint8Array {
  const bigger = new Uint8Array(array.length * 2)
  bigger.set(array)
  return bigger
}
