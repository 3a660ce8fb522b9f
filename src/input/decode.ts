/**
 * Bytes → string: encoding labels, detection and validated decoding.
 *
 * Detection order: byte order mark → the `encoding` option → the encoding the
 * document declares (`<meta charset>`, `<meta http-equiv="content-type">`,
 * `<?xml encoding?>` in the first 4 KiB), validated against the bytes →
 * statistical guess (valid UTF-8, UTF-16 without BOM, else GB 18030 vs Big5 by
 * replacement characters and common-character frequency).
 *
 * @module
 */

import { FazhiReportError } from '../errors.js'
import { T2S_FROM, T2S_TO } from '../text/t2s-data.js'
import type { SourceWarning } from './types.js'

/**
 * The decoders this library uses. `gb18030` also reads GBK and GB 2312 (it is
 * a superset of both; WHATWG decodes the `gbk` label with it too).
 *
 * @category Input
 * @example
 * ```ts
 * const encoding: SupportedEncoding | null = normalizeEncodingLabel('GBK') //=> 'gb18030'
 * detectEncoding(new TextEncoder().encode('法治')).encoding //=> 'utf-8'
 * ```
 */
export type SupportedEncoding = 'utf-8' | 'gb18030' | 'big5' | 'utf-16le' | 'utf-16be'

/**
 * How {@link detectEncoding} chose an encoding.
 *
 * @category Input
 * @example
 * ```ts
 * const bom = new Uint8Array([0xef, 0xbb, 0xbf, 0x41])
 * const source: EncodingSource = detectEncoding(bom).source //=> 'bom'
 * detectEncoding(new TextEncoder().encode('法治')).source //=> 'detected'
 * ```
 */
export type EncodingSource = 'bom' | 'option' | 'declared' | 'detected'

/**
 * The encoding of some bytes and how it was found.
 *
 * @category Input
 * @example
 * ```ts
 * const guess: EncodingGuess = detectEncoding(new TextEncoder().encode('<meta charset="gb2312">法治'))
 * //=> { encoding: 'utf-8', source: 'detected', declared: 'gb2312' } (the bytes are UTF-8, not GB 2312)
 * ```
 */
export interface EncodingGuess {
  /** The decoder to use. */
  encoding: SupportedEncoding
  /** Where the choice came from. */
  source: EncodingSource
  /** The label the document declared (`<meta charset>` …), if any, as written. */
  declared: string | null
}

/**
 * Result of decoding bytes (`decodeBytes`, used by `loadSource`).
 *
 * @example
 * ```ts
 * const decoded: DecodedBytes = {
 *   encoding: 'gb18030',
 *   source: 'declared',
 *   declared: 'gb2312',
 *   text: '法治政府建设年度报告',
 *   warnings: [],
 * }
 * ```
 */
export interface DecodedBytes extends EncodingGuess {
  /** The decoded string (without a byte order mark). */
  text: string
  /** Notes: a wrong declared encoding, replacement characters … */
  warnings: SourceWarning[]
}

const LABELS: Readonly<Record<string, SupportedEncoding>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  unicode11utf8: 'utf-8',
  unicode20utf8: 'utf-8',
  'x-unicode20utf8': 'utf-8',
  ascii: 'utf-8',
  'us-ascii': 'utf-8',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  gb2312: 'gb18030',
  gb_2312: 'gb18030',
  'gb_2312-80': 'gb18030',
  'gb-2312': 'gb18030',
  gb18030: 'gb18030',
  'gb-18030': 'gb18030',
  cp936: 'gb18030',
  'windows-936': 'gb18030',
  ms936: 'gb18030',
  'euc-cn': 'gb18030',
  euccn: 'gb18030',
  chinese: 'gb18030',
  csgb2312: 'gb18030',
  'iso-ir-58': 'gb18030',
  hz: 'gb18030',
  big5: 'big5',
  'big-5': 'big5',
  'big5-hkscs': 'big5',
  'cn-big5': 'big5',
  csbig5: 'big5',
  'x-x-big5': 'big5',
  cp950: 'big5',
  'windows-950': 'big5',
  'utf-16le': 'utf-16le',
  'utf-16': 'utf-16le',
  utf16le: 'utf-16le',
  utf16: 'utf-16le',
  'ucs-2': 'utf-16le',
  ucs2: 'utf-16le',
  csunicode: 'utf-16le',
  'iso-10646-ucs-2': 'utf-16le',
  unicode: 'utf-16le',
  unicodefeff: 'utf-16le',
  'utf-16be': 'utf-16be',
  utf16be: 'utf-16be',
  unicodefffe: 'utf-16be',
}

/**
 * The decoder for an encoding label (case-insensitive, aliases allowed), or
 * `null` when the label is not one this library reads.
 *
 * @param label - An encoding label such as `'GB2312'`, `'utf8'`, `'Big5-HKSCS'`.
 * @returns The decoder name, or `null`.
 * @category Input
 * @example
 * ```ts
 * normalizeEncodingLabel('GB2312') //=> 'gb18030'
 * normalizeEncodingLabel('latin1') //=> null
 * ```
 */
export function normalizeEncodingLabel(label: string): SupportedEncoding | null {
  const key = label.trim().toLowerCase()
  return Object.hasOwn(LABELS, key) ? (LABELS[key] as SupportedEncoding) : null
}

/** Bytes sniffed for a declared encoding. */
const SNIFF_BYTES = 4096
/** Bytes decoded both ways for the GB 18030 vs Big5 guess. */
const GUESS_SAMPLE_BYTES = 256 * 1024
/** A decoded byte input with more than this share of U+FFFD / control characters is binary. */
const MAX_BAD_RATIO = 0.1

const META_TAG = /<meta\b[^<>]*>/gi
const CHARSET_ATTR = /\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i
const XML_DECL = /^\s*<\?xml\b([^>]*)>/
const XML_ENCODING = /\bencoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']/

/**
 * Frequent hanzi of government report prose and of Chinese in general
 * (simplified). Their traditional forms are derived from the t2s table.
 */
const COMMON_HANS =
  '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后' +
  '小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知' +
  '民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新' +
  '什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别' +
  '处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受' +
  '光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃' +
  '义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必' +
  '城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越' +
  '史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视' +
  '济喜离虽坐集编宝谈府拉黑且随格尽讲布杀怕母调局根曾准团段终乐切级克精哪官示冷域执推审范依服督律习监效持' +
  '纠施贯彻坚综织营省协保障优证序严环宗宣署健联置诉纷矛盾核镇街乡规划培训助顾署诉讼复议赔偿案'

let commonTable: Uint8Array | undefined

/** 1 for every code unit of a common hanzi (simplified or traditional form). */
function getCommonTable(): Uint8Array {
  if (commonTable) return commonTable
  const table = new Uint8Array(0x10000)
  for (let i = 0; i < COMMON_HANS.length; i++) table[COMMON_HANS.charCodeAt(i)] = 1
  for (let i = 0; i < T2S_FROM.length; i++) {
    if (table[T2S_TO.charCodeAt(i)] === 1) table[T2S_FROM.charCodeAt(i)] = 2
  }
  for (let i = 0; i < table.length; i++) if (table[i] === 2) table[i] = 1
  commonTable = table
  return table
}

/** Common-character hits minus a penalty for replacement characters. */
function score(text: string): number {
  const table = getCommonTable()
  let hits = 0
  let bad = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (table[c] === 1) hits++
    else if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) bad++
  }
  return hits - 4 * bad
}

const decoders = new Map<string, TextDecoder>()

/** A cached non-fatal decoder (BOMs are handled by the caller, so none is stripped here). */
function decoder(encoding: SupportedEncoding): TextDecoder {
  let d = decoders.get(encoding)
  if (!d) {
    d = new TextDecoder(encoding, { ignoreBOM: true })
    decoders.set(encoding, d)
  }
  return d
}

/** The bytes as UTF-8, or `null` when they are not valid UTF-8. */
function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

/** Whether any byte is ≥ 0x80. */
function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) >= 0x80) return true
  return false
}

/** The BOM's encoding and length, or `null`. */
function sniffBom(bytes: Uint8Array): { encoding: SupportedEncoding; length: number } | null {
  const [a, b, c] = bytes
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 }
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 }
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 }
  return null
}

/**
 * The encoding label declared in the first 4 KiB (`<meta charset>`,
 * `<meta http-equiv="Content-Type" content="…; charset=…">`, `<?xml encoding?>`),
 * as written, or `null`.
 *
 * @param bytes - The input.
 * @returns The declared label, or `null`.
 * @example
 * ```ts
 * sniffDeclaredEncoding(new TextEncoder().encode('<meta charset="gb2312">')) //=> 'gb2312'
 * ```
 * @internal
 */
export function sniffDeclaredEncoding(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, SNIFF_BYTES))
  const decl = XML_DECL.exec(head)
  if (decl) {
    const enc = XML_ENCODING.exec(decl[1] as string)
    if (enc) return enc[1] as string
  }
  META_TAG.lastIndex = 0
  for (let m = META_TAG.exec(head); m !== null; m = META_TAG.exec(head)) {
    const charset = CHARSET_ATTR.exec(m[0])
    if (charset) return charset[1] as string
  }
  return null
}

/** Bytes as a Latin-1 string (for ASCII sniffing only). */
function latin1(bytes: Uint8Array): string {
  let s = ''
  for (let i = 0; i < bytes.length; i += 4096) {
    s += String.fromCharCode.apply(null, bytes.subarray(i, i + 4096) as unknown as number[])
  }
  return s
}

/** UTF-16 without BOM, recognized by the NUL bytes of ASCII characters. */
function sniffUtf16(bytes: Uint8Array): SupportedEncoding | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1
  if (n < 8) return null
  let evenZero = 0
  let oddZero = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++
    if (bytes[i + 1] === 0) oddZero++
  }
  const pairs = n / 2
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le'
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be'
  return null
}

/** A prefix of at most {@link GUESS_SAMPLE_BYTES}, cut after an ASCII byte so no character is split. */
function sample(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= GUESS_SAMPLE_BYTES) return bytes
  let end = GUESS_SAMPLE_BYTES
  while (end > GUESS_SAMPLE_BYTES - 4096 && (bytes[end - 1] as number) >= 0x80) end--
  return bytes.subarray(0, end)
}

/** GB 18030 or Big5, whichever decodes the sample into more common characters. */
function guessLegacy(bytes: Uint8Array): SupportedEncoding {
  const s = sample(bytes)
  const gb = score(decoder('gb18030').decode(s))
  const big5 = score(decoder('big5').decode(s))
  return big5 > gb ? 'big5' : 'gb18030'
}

/** Choose an encoding (no decoding of the whole input except for UTF-8 validation, which is returned). */
function choose(
  bytes: Uint8Array,
  option: string | null,
  sniffDeclared: boolean,
  warnings: SourceWarning[],
): EncodingGuess & { utf8: string | null; bomLength: number } {
  const bom = sniffBom(bytes)
  if (bom) return { encoding: bom.encoding, source: 'bom', declared: null, utf8: null, bomLength: bom.length }
  if (option !== null) {
    const encoding = normalizeEncodingLabel(option)
    if (!encoding) {
      throw new FazhiReportError(
        'UNSUPPORTED_ENCODING',
        `Unsupported encoding ${JSON.stringify(option)}: use utf-8, gbk, gb2312, gb18030, big5, utf-16le or utf-16be (or leave it out to detect).`,
        { encoding: option },
      )
    }
    return { encoding, source: 'option', declared: null, utf8: null, bomLength: 0 }
  }
  const declared = sniffDeclared ? sniffDeclaredEncoding(bytes) : null
  const utf16 = sniffUtf16(bytes)
  if (utf16) return { encoding: utf16, source: 'detected', declared, utf8: null, bomLength: 0 }
  const high = hasHighBytes(bytes)
  const utf8 = high ? tryUtf8(bytes) : null
  if (declared !== null) {
    let encoding = normalizeEncodingLabel(declared)
    if (encoding === 'utf-16le' || encoding === 'utf-16be') encoding = 'utf-8' // readable as ASCII, so not UTF-16 (WHATWG)
    if (!encoding) {
      warnings.push({
        ruleId: 'unknown-declared-encoding',
        reason: `The document declares the unsupported encoding ${JSON.stringify(declared)}; the encoding was detected instead.`,
      })
    } else if (!high) {
      return { encoding, source: 'declared', declared, utf8: null, bomLength: 0 }
    } else if (encoding === 'utf-8') {
      if (utf8 !== null) return { encoding, source: 'declared', declared, utf8, bomLength: 0 }
      const guess = guessLegacy(bytes)
      warnings.push(mismatch(declared, guess, 'the bytes are not valid UTF-8'))
      return { encoding: guess, source: 'detected', declared, utf8: null, bomLength: 0 }
    } else if (utf8 !== null) {
      warnings.push(mismatch(declared, 'utf-8', 'the bytes are valid UTF-8'))
      return { encoding: 'utf-8', source: 'detected', declared, utf8, bomLength: 0 }
    } else {
      const guess = guessLegacy(bytes)
      if (guess !== encoding) {
        warnings.push(mismatch(declared, guess, `${guess} decodes into far more common characters`))
        return { encoding: guess, source: 'detected', declared, utf8: null, bomLength: 0 }
      }
      return { encoding, source: 'declared', declared, utf8: null, bomLength: 0 }
    }
  }
  if (!high) return { encoding: 'utf-8', source: 'detected', declared, utf8: null, bomLength: 0 }
  if (utf8 !== null) return { encoding: 'utf-8', source: 'detected', declared, utf8, bomLength: 0 }
  return { encoding: guessLegacy(bytes), source: 'detected', declared, utf8: null, bomLength: 0 }
}

function mismatch(declared: string, used: SupportedEncoding, why: string): SourceWarning {
  return {
    ruleId: 'declared-encoding-mismatch',
    reason: `The document declares ${JSON.stringify(declared)} but ${why}; decoded as ${used}.`,
  }
}

/**
 * Detect the encoding of some bytes: byte order mark, then the declared
 * encoding (`<meta charset>`, `<?xml encoding?>`) checked against the bytes,
 * then a statistical guess (valid UTF-8; UTF-16 without BOM; GB 18030 vs Big5).
 *
 * @param bytes - The input bytes.
 * @returns The encoding, where the choice came from and the declared label.
 * @category Input
 * @example
 * ```ts
 * detectEncoding(new TextEncoder().encode('法治')).encoding //=> 'utf-8'
 * detectEncoding(new Uint8Array([0xb7, 0xa8, 0xd6, 0xce])).encoding //=> 'gb18030' (法治 in GBK)
 * ```
 */
export function detectEncoding(bytes: Uint8Array): EncodingGuess {
  const { encoding, source, declared } = choose(bytes, null, true, [])
  return { encoding, source, declared }
}

/**
 * Decode bytes to a string (see {@link detectEncoding} for the order).
 *
 * @param bytes - The input bytes.
 * @param option - The user's `encoding` option, or `null` to detect.
 * @param sniffDeclared - Whether to look for a declared encoding in markup.
 * @returns The decoded text, the encoding and warnings.
 * @throws {FazhiReportError} `UNSUPPORTED_ENCODING` for an unknown `option` label;
 * `DECODE_FAILED` when more than 10% of the decoded text is U+FFFD or control
 * characters (binary data).
 * @internal
 */
export function decodeBytes(bytes: Uint8Array, option: string | null, sniffDeclared = true): DecodedBytes {
  const warnings: SourceWarning[] = []
  const chosen = choose(bytes, option, sniffDeclared, warnings)
  const text = chosen.utf8 ?? decoder(chosen.encoding).decode(bytes.subarray(chosen.bomLength))
  checkDecoded(text, chosen.encoding, warnings)
  return { text, encoding: chosen.encoding, source: chosen.source, declared: chosen.declared, warnings }
}

/** Throw `DECODE_FAILED` for binary-looking text; warn about replacement characters. */
function checkDecoded(text: string, encoding: SupportedEncoding, warnings: SourceWarning[]): void {
  let replacement = 0
  let control = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0xfffd) replacement++
    else if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x0b) || c === 0x7f) {
      control++
    }
  }
  const ratio = text.length === 0 ? 0 : (replacement + control) / text.length
  if (ratio > MAX_BAD_RATIO) {
    throw new FazhiReportError(
      'DECODE_FAILED',
      `The input does not look like text: ${(ratio * 100).toFixed(1)}% of it decodes (as ${encoding}) to replacement or control characters. Pass a text, HTML, XML or DOCX file, or set the encoding option.`,
      { encoding, ratio, limit: MAX_BAD_RATIO, replacement, control, length: text.length },
    )
  }
  if (replacement > 0) {
    warnings.push({
      ruleId: 'decode-replacement',
      reason: `${replacement} byte sequence(s) are not valid ${encoding} and were replaced with U+FFFD.`,
    })
  }
}
