/**
 * Resolve the reporting body's place against the GB/T 2260 tree.
 *
 * @module
 */

import type { Jurisdiction } from '../types.js'
import {
  contains,
  type Division,
  divisionByCode,
  findPlaces,
  type PlaceMention,
  toJurisdiction,
} from './divisions.js'

/**
 * A string to look for place names in, with its view offset (or `null` when it
 * does not come from the text, e.g. an HTML `<title>`).
 *
 * @category Metadata
 * @example
 * ```ts
 * const clue: PlaceClue = { text: '汕头市濠江区人民政府办公室', offset: 120 }
 * ```
 */
export interface PlaceClue {
  /** The string (title, reporter, signature, issuer, addressee …). */
  text: string
  /** View offset of `text`, or `null`. */
  offset?: number | null | undefined
}

/**
 * Options of {@link resolveJurisdiction}.
 *
 * @category Metadata
 * @example
 * ```ts
 * const options: ResolveJurisdictionOptions = { indexNo: '11440512754542113A/2025-00008' }
 * ```
 */
export interface ResolveJurisdictionOptions {
  /**
   * The 索引号. When it starts with an 18-character unified social credit code
   * (`11440512754542113A`), characters 3–8 are a region code used to choose
   * between same-named places, and as the place itself when no clue names one
   * (default: none).
   */
  indexNo?: string | null | undefined
}

/**
 * What {@link resolveJurisdiction} found.
 *
 * @category Metadata
 * @example
 * ```ts
 * const result: JurisdictionResolution = {
 *   jurisdiction: { name: '兴宁市', tier: 'county', province: '广东省', city: '梅州市', code: '441481' },
 *   status: 'resolved', candidates: [], mention: null,
 * }
 * ```
 */
export interface JurisdictionResolution {
  /**
   * The place: fully resolved; for `ambiguous`, the name and tier with only the
   * parts all candidates share (province/city) and `code: null`; `null` when unresolved.
   */
  jurisdiction: Jurisdiction | null
  /** `resolved`, `ambiguous` (several places share the name), or `unresolved` (no place named). */
  status: 'resolved' | 'ambiguous' | 'unresolved'
  /** For `ambiguous`: every candidate place. Otherwise empty. */
  candidates: Jurisdiction[]
  /** The name the place was read from and where (view offsets when the clue had one), or `null`. */
  mention: { text: string; start: number | null; end: number | null } | null
}

const CREDIT_CODE = /^[0-9A-HJ-NP-RTUWXY]{2}(\d{6})[0-9A-HJ-NP-RTUWXY]{10}(?![0-9A-Z])/
const CENTRAL =
  /^(?:中共)?(?:中华人民共和国|国务院|中央|国家[\u4e00-\u9fff]{1,12}?(?:局|委员会|署|院|部)|[\u4e00-\u9fff]{1,8}?部)(?=关于|法治|依法|办公厅|\d|[^\u4e00-\u9fff]|$)/
const CENTRAL_JURISDICTION: Jurisdiction = {
  name: '中华人民共和国',
  tier: 'central',
  province: null,
  city: null,
  code: null,
}
/** Characters of a clue searched for place names. */
const MAX_CLUE = 200
const TIER_RANK = { province: 1, city: 2, county: 3 } as const

/**
 * The region code (GB/T 2260) inside an 索引号 that starts with an 18-character
 * unified social credit code.
 *
 * @param indexNo - The 索引号 as written.
 * @returns Six digits, or `null`.
 * @category Metadata
 * @example
 * ```ts
 * regionCodeOfIndexNo('11440512754542113A/2025-00008') //=> '440512'
 * regionCodeOfIndexNo('/2024-0000') //=> null
 * ```
 */
export function regionCodeOfIndexNo(indexNo: string | null | undefined): string | null {
  if (!indexNo) return null
  const match = CREDIT_CODE.exec(indexNo.trim())
  return match ? (match[1] as string) : null
}

/** Whether two divisions are the same place or one contains the other. */
function related(a: Division, b: Division): boolean {
  return contains(a, b) || contains(b, a)
}

function rank(mention: PlaceMention): number {
  if (mention.township) return 4
  let best = 0
  for (const division of mention.divisions) best = Math.max(best, TIER_RANK[division.tier])
  return best
}

/**
 * Resolve the place a report comes from, given strings that name it in order
 * of trust (title first). The most specific place of the first clue that names
 * one wins; places named in the other clues (汕头市 in the issuer for a title
 * naming 濠江区) and the 索引号 region code choose between same-named places
 * (朝阳区 in 北京市 or 长春市). A township (乡/镇/街道) is not in the dataset:
 * it gets tier `township`, `code: null` and the province/city of a place named
 * beside it. 国务院, 中央 and national ministries (…部, 国家…局) are `central`.
 *
 * @param clues - Strings (or `{ text, offset }`) in order of trust.
 * @param options - The 索引号.
 * @returns The resolution.
 * @category Metadata
 * @example
 * ```ts
 * resolveJurisdiction(['兴宁市人民政府']).jurisdiction
 * //=> { name: '兴宁市', tier: 'county', province: '广东省', city: '梅州市', code: '441481' }
 * resolveJurisdiction(['朝阳区2024年法治政府建设年度报告']).status //=> 'ambiguous'
 * resolveJurisdiction(['朝阳区2024年法治政府建设年度报告', '北京市朝阳区人民政府']).jurisdiction?.code //=> '110105'
 * ```
 */
export function resolveJurisdiction(
  clues: ReadonlyArray<string | PlaceClue | null | undefined>,
  options?: Readonly<ResolveJurisdictionOptions> | null,
): JurisdictionResolution {
  const scanned: Array<{ clue: PlaceClue; mentions: PlaceMention[] }> = []
  for (const clue of clues) {
    if (clue == null) continue
    const value = typeof clue === 'string' ? { text: clue, offset: null } : clue
    if (value.text === '') continue
    // Names sit near the start of titles and signatures; a long clue is cut (bounded work).
    scanned.push({ clue: value, mentions: findPlaces(value.text.slice(0, MAX_CLUE)) })
  }
  const regionCode = regionCodeOfIndexNo(options?.indexNo)
  const region = regionCode ? divisionByCode(regionCode) : undefined

  const primary = scanned.find((entry) => entry.mentions.length > 0)
  if (!primary) {
    for (const { clue } of scanned) {
      const central = CENTRAL.exec(clue.text)
      if (central) return resolved(CENTRAL_JURISDICTION, central[0], clue, 0)
    }
    if (region)
      return { jurisdiction: toJurisdiction(region), status: 'resolved', candidates: [], mention: null }
    return { jurisdiction: null, status: 'unresolved', candidates: [], mention: null }
  }

  // The target: the most specific place of the primary clue (the first one on ties).
  let target = primary.mentions[0] as PlaceMention
  for (const mention of primary.mentions) if (rank(mention) > rank(target)) target = mention

  // Context: every other named division, most specific first.
  const context: Division[] = []
  for (const { mentions } of scanned) {
    for (const mention of mentions) {
      if (mention === target) continue
      for (const division of mention.divisions) context.push(division)
    }
  }

  if (target.township) {
    const parent = pickParent(context, region)
    return resolved(
      {
        name: target.text,
        tier: 'township',
        province: parent?.province.name ?? null,
        city: parent?.city?.name ?? null,
        code: null,
      },
      target.text,
      primary.clue,
      target.start,
    )
  }

  let candidates = target.divisions
  if (candidates.length > 1) {
    const narrowed = candidates.filter((candidate) =>
      context.some((other) => other.code !== candidate.code && related(other, candidate)),
    )
    if (narrowed.length > 0) candidates = narrowed
  }
  if (candidates.length > 1 && region) {
    const narrowed = candidates.filter((candidate) => related(candidate, region))
    if (narrowed.length > 0) candidates = narrowed
  }
  if (candidates.length === 1) {
    return resolved(toJurisdiction(candidates[0] as Division), target.text, primary.clue, target.start)
  }
  // Ambiguous: keep what every candidate shares (nothing when their tiers differ).
  const first = candidates[0] as Division
  const sameTier = candidates.every((candidate) => candidate.tier === first.tier)
  const sameName = candidates.every((candidate) => candidate.name === first.name)
  const sameProvince = candidates.every((candidate) => candidate.province.code === first.province.code)
  const sameCity = sameProvince && candidates.every((candidate) => candidate.city?.code === first.city?.code)
  const result = resolved(
    {
      name: sameName ? first.name : target.text,
      tier: first.tier,
      province: sameProvince ? first.province.name : null,
      city: sameCity ? (first.city?.name ?? null) : null,
      code: null,
    },
    target.text,
    primary.clue,
    target.start,
  )
  return {
    ...result,
    jurisdiction: sameTier ? result.jurisdiction : null,
    status: 'ambiguous',
    candidates: candidates.map(toJurisdiction),
  }
}

/** The most specific context division (the region code's division breaks nothing: it is used last). */
function pickParent(context: readonly Division[], region: Division | undefined): Division | undefined {
  let best: Division | undefined
  for (const division of context) {
    if (
      division.tier === 'province' &&
      context.some((other) => other !== division && contains(division, other))
    ) {
      continue
    }
    if (!best || TIER_RANK[division.tier] > TIER_RANK[best.tier]) best = division
  }
  return best ?? region
}

function resolved(
  jurisdiction: Jurisdiction,
  text: string,
  clue: PlaceClue,
  index: number,
): JurisdictionResolution {
  const offset = clue.offset ?? null
  return {
    jurisdiction,
    status: 'resolved',
    candidates: [],
    mention: {
      text,
      start: offset === null ? null : offset + index,
      end: offset === null ? null : offset + index + text.length,
    },
  }
}
