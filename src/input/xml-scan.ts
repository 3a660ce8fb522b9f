/**
 * A small, offset-aware XML tokenizer for well-formed input (run
 * `XMLValidator.validate` from fast-xml-parser first). fast-xml-parser builds
 * a tree but reports no text offsets; this scanner reports every tag, text run
 * and CDATA section with its offsets in the XML string, so text can be mapped
 * back to the source.
 *
 * Entities: the five predefined ones and character references are decoded;
 * general entities declared in the internal DOCTYPE subset are expanded with
 * limits (count, expanded size computed *before* expanding, a total budget);
 * external (`SYSTEM`/`PUBLIC`) and parameter entities are never resolved or
 * fetched: a reference to an external entity expands to nothing.
 *
 * @module
 */

import { FazhiReportError } from '../errors.js'
import type { SourceWarning } from './types.js'
import type { ViewBuilder } from './view-builder.js'

/**
 * Tokens reported by {@link scanXml}.
 *
 * @internal
 */
export interface XmlHandler {
  /** A start tag (or empty-element tag when `selfClosing`). Attributes are `xml.slice(attrStart, attrEnd)`. */
  open(
    name: string,
    tagStart: number,
    tagEnd: number,
    attrStart: number,
    attrEnd: number,
    selfClosing: boolean,
  ): void
  /** An end tag. */
  close(name: string, tagStart: number, tagEnd: number): void
  /** Character data `xml.slice(start, end)` (may hold entity references); never empty. */
  text(start: number, end: number): void
  /** The content of a CDATA section `xml.slice(start, end)`. */
  cdata(start: number, end: number): void
}

/**
 * Limits of entity handling.
 *
 * @internal
 */
export interface XmlEntityLimits {
  maxXmlEntities: number
  maxXmlEntityExpansion: number
}

interface EntityDecl {
  /** Literal value (character references not yet decoded), or `null` for an external entity. */
  value: string | null
  /** Memoized expansion. */
  expansion?: string
  /** Memoized expansion length. */
  length?: number
}

/**
 * Entity state of one document: the declared general entities and the
 * expansion budget left.
 * @internal
 */
export class XmlEntities {
  readonly declared = new Map<string, EntityDecl>()
  budget: number
  readonly limits: XmlEntityLimits
  readonly warnings: SourceWarning[]
  private warnedExternal = false

  /**
   * @param limits - Entity limits.
   * @param warnings - Where to push notes (external/parameter entities ignored).
   */
  constructor(limits: XmlEntityLimits, warnings: SourceWarning[]) {
    this.limits = limits
    this.budget = limits.maxXmlEntityExpansion
    this.warnings = warnings
  }

  /**
   * The replacement text of `&name;`, or `null` when `name` is not declared.
   * Counts against the expansion budget.
   *
   * @param name - Entity name.
   * @returns The expansion, or `null`.
   * @throws {FazhiReportError} `XML_ENTITY_LIMIT` when the budget is exhausted.
   */
  expand(name: string): string | null {
    const decl = this.declared.get(name)
    if (!decl) return null
    if (decl.value === null) {
      if (!this.warnedExternal) {
        this.warnedExternal = true
        this.warnings.push({
          ruleId: 'external-entity-ignored',
          reason: `The external entity &${name}; (and any other) was not resolved; it reads as empty text.`,
        })
      }
      return ''
    }
    const value = this.expansionOf(decl)
    this.budget -= value.length
    if (this.budget < 0) {
      throw new FazhiReportError(
        'XML_ENTITY_LIMIT',
        `Entity expansion exceeds ${this.limits.maxXmlEntityExpansion} characters; raise maxXmlEntityExpansion for a trusted document.`,
        { limit: this.limits.maxXmlEntityExpansion, entity: name },
      )
    }
    return value
  }

  /** Declare an entity (first declaration wins, as in XML). */
  declare(name: string, value: string | null): void {
    if (this.declared.size >= this.limits.maxXmlEntities) {
      throw new FazhiReportError(
        'XML_ENTITY_LIMIT',
        `The DOCTYPE declares more than ${this.limits.maxXmlEntities} entities; raise maxXmlEntities for a trusted document.`,
        { limit: this.limits.maxXmlEntities, actual: this.declared.size + 1 },
      )
    }
    if (!this.declared.has(name)) this.declared.set(name, { value })
  }

  /** Check every declared entity's expanded size (before anything is expanded). */
  checkSizes(): void {
    for (const [name, decl] of this.declared) {
      const length = this.lengthOf(name, decl, new Set())
      if (length > this.limits.maxXmlEntityExpansion) {
        throw new FazhiReportError(
          'XML_ENTITY_LIMIT',
          `The entity &${name}; expands to ${length} characters, over the limit of ${this.limits.maxXmlEntityExpansion}.`,
          { limit: this.limits.maxXmlEntityExpansion, actual: length, entity: name },
        )
      }
    }
  }

  private lengthOf(name: string, decl: EntityDecl, stack: Set<string>): number {
    if (decl.length !== undefined) return decl.length
    if (decl.value === null) {
      decl.length = 0
      return 0
    }
    if (stack.has(name)) {
      throw new FazhiReportError('MALFORMED_XML', `The entity &${name}; refers to itself.`, { entity: name })
    }
    stack.add(name)
    let length = 0
    const value = decl.value
    let i = 0
    while (i < value.length) {
      const amp = value.indexOf('&', i)
      if (amp === -1) {
        length += value.length - i
        break
      }
      length += amp - i
      const ref = matchReference(value, amp)
      if (ref === null) {
        length += 1
        i = amp + 1
        continue
      }
      const decoded = decodeBuiltin(ref.name)
      if (decoded !== null) length += decoded.length
      else {
        const inner = this.declared.get(ref.name)
        length += inner ? this.lengthOf(ref.name, inner, stack) : ref.end - amp
      }
      // Stop early: the exact size no longer matters once it is over the limit.
      if (length > this.limits.maxXmlEntityExpansion) break
      i = ref.end
    }
    stack.delete(name)
    decl.length = length
    return length
  }

  private expansionOf(decl: EntityDecl): string {
    if (decl.expansion !== undefined) return decl.expansion
    const value = decl.value ?? ''
    const parts: string[] = []
    let i = 0
    while (i < value.length) {
      const amp = value.indexOf('&', i)
      if (amp === -1) {
        parts.push(value.slice(i))
        break
      }
      parts.push(value.slice(i, amp))
      const ref = matchReference(value, amp)
      if (ref === null) {
        parts.push('&')
        i = amp + 1
        continue
      }
      const decoded = decodeBuiltin(ref.name)
      if (decoded !== null) parts.push(decoded)
      else {
        const inner = this.declared.get(ref.name)
        parts.push(inner ? (inner.value === null ? '' : this.expansionOf(inner)) : value.slice(amp, ref.end))
      }
      i = ref.end
    }
    decl.expansion = parts.join('')
    return decl.expansion
  }
}

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

const HEX_DIGITS = /^[0-9a-fA-F]{1,8}$/
const DEC_DIGITS = /^[0-9]{1,10}$/

/** Longest entity name accepted in a reference. */
const MAX_REF_NAME = 64

/**
 * `&name;` / `&#123;` / `&#x1F;` at `amp`: the name (with `#`) and the end offset, or `null`.
 *
 * @param s - The string.
 * @param amp - Offset of the `&`.
 * @returns The reference name and the offset after `;`, or `null`.
 * @example
 * ```ts
 * matchReference('a&amp;b', 1) //=> { name: 'amp', end: 6 }
 * ```
 * @internal
 */
export function matchReference(s: string, amp: number): { name: string; end: number } | null {
  const limit = Math.min(s.length, amp + 2 + MAX_REF_NAME)
  for (let i = amp + 1; i < limit; i++) {
    const c = s.charCodeAt(i)
    if (c === 0x3b /* ; */) return i === amp + 1 ? null : { name: s.slice(amp + 1, i), end: i + 1 }
    if (c <= 0x20 || c === 0x26 /* & */ || c === 0x3c /* < */ || c === 0x3e /* > */) return null
  }
  return null
}

/**
 * Decode a predefined entity or character reference name (`amp`, `#38`, `#x26`), or `null`.
 *
 * @param name - The reference name without `&` and `;`.
 * @returns The decoded text (U+FFFD for an invalid code point), or `null` when `name` is not built in.
 * @example
 * ```ts
 * decodeBuiltin('#x4e00') //=> '一'
 * ```
 * @internal
 */
export function decodeBuiltin(name: string): string | null {
  if (name.charCodeAt(0) === 0x23 /* # */) {
    const hex = name.charCodeAt(1) === 0x78 || name.charCodeAt(1) === 0x58
    const digits = name.slice(hex ? 2 : 1)
    if (digits === '' || !(hex ? HEX_DIGITS : DEC_DIGITS).test(digits)) return null
    const cp = Number.parseInt(digits, hex ? 16 : 10)
    if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd'
    return String.fromCodePoint(cp)
  }
  return Object.hasOwn(PREDEFINED, name) ? (PREDEFINED[name] as string) : null
}

/**
 * Decode entity references in a string (no offset map): for attribute values and hints.
 *
 * @param s - Raw text.
 * @param entities - Declared entities, or `null`.
 * @returns The decoded text.
 * @example
 * ```ts
 * decodeXmlText('a&lt;b&#x4e00;', null) //=> 'a<b一'
 * ```
 * @internal
 */
export function decodeXmlText(s: string, entities: XmlEntities | null): string {
  if (s.indexOf('&') === -1) return s
  const parts: string[] = []
  let i = 0
  while (i < s.length) {
    const amp = s.indexOf('&', i)
    if (amp === -1) {
      parts.push(s.slice(i))
      break
    }
    parts.push(s.slice(i, amp))
    const ref = matchReference(s, amp)
    const decoded = ref ? (decodeBuiltin(ref.name) ?? entities?.expand(ref.name) ?? null) : null
    if (ref && decoded !== null) {
      parts.push(decoded)
      i = ref.end
    } else {
      parts.push('&')
      i = amp + 1
    }
  }
  return parts.join('')
}

/**
 * Append the character data `xml.slice(start, end)` to a view, decoding
 * entity references; each decoded reference maps to its whole `&…;`.
 *
 * @param xml - The XML string.
 * @param start - Start of the character data.
 * @param end - End of the character data.
 * @param builder - The view.
 * @param entities - Declared entities.
 * @internal
 */
export function appendXmlText(
  xml: string,
  start: number,
  end: number,
  builder: ViewBuilder,
  entities: XmlEntities,
): void {
  let i = start
  while (i < end) {
    let amp = xml.indexOf('&', i)
    if (amp === -1 || amp >= end) amp = end
    if (amp > i) builder.copy(xml.slice(i, amp), i)
    if (amp === end) break
    const ref = matchReference(xml, amp)
    const decoded = ref && ref.end <= end ? (decodeBuiltin(ref.name) ?? entities.expand(ref.name)) : null
    if (ref && decoded !== null) {
      if (decoded.length > 0) builder.atom(decoded, amp, ref.end)
      i = ref.end
    } else {
      builder.copy('&', amp)
      i = amp + 1
    }
  }
}

/**
 * Parse attributes from `xml.slice(start, end)` (values entity-decoded).
 *
 * @param xml - The XML string.
 * @param start - Start of the attribute text.
 * @param end - End of the attribute text.
 * @param entities - Declared entities, or `null`.
 * @returns Attribute name → value.
 * @internal
 */
export function parseAttributes(
  xml: string,
  start: number,
  end: number,
  entities: XmlEntities | null,
): Map<string, string> {
  const out = new Map<string, string>()
  let i = start
  while (i < end) {
    while (i < end && isSpace(xml.charCodeAt(i))) i++
    const nameStart = i
    while (i < end) {
      const c = xml.charCodeAt(i)
      if (isSpace(c) || c === 0x3d /* = */ || c === 0x2f /* / */) break
      i++
    }
    if (i === nameStart) {
      i++
      continue
    }
    const name = xml.slice(nameStart, i)
    while (i < end && isSpace(xml.charCodeAt(i))) i++
    if (xml.charCodeAt(i) !== 0x3d) continue
    i++
    while (i < end && isSpace(xml.charCodeAt(i))) i++
    const quote = xml.charCodeAt(i)
    if (quote !== 0x22 && quote !== 0x27) continue
    const close = xml.indexOf(String.fromCharCode(quote), i + 1)
    if (close === -1 || close > end) break
    if (!out.has(name)) out.set(name, decodeXmlText(xml.slice(i + 1, close), entities))
    i = close + 1
  }
  return out
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d
}

function malformed(message: string, offset: number): FazhiReportError {
  return new FazhiReportError('MALFORMED_XML', message, { offset })
}

/**
 * Tokenize `xml`, calling `handler` in document order. Checks tag nesting.
 *
 * @param xml - A well-formed XML string.
 * @param handler - Token callbacks.
 * @param entities - Entity state; the DOCTYPE's declarations are added to it.
 * @throws {FazhiReportError} `MALFORMED_XML` on unterminated markup or mismatched tags;
 * `XML_ENTITY_LIMIT` from the DOCTYPE.
 * @internal
 */
export function scanXml(xml: string, handler: XmlHandler, entities: XmlEntities): void {
  const stack: string[] = []
  const length = xml.length
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0
  while (i < length) {
    const lt = xml.indexOf('<', i)
    const textEnd = lt === -1 ? length : lt
    if (textEnd > i) handler.text(i, textEnd)
    if (lt === -1) break
    const next = xml.charCodeAt(lt + 1)
    if (next === 0x3f /* ? */) {
      const close = xml.indexOf('?>', lt + 2)
      if (close === -1) throw malformed('Unterminated processing instruction.', lt)
      i = close + 2
    } else if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const close = xml.indexOf('-->', lt + 4)
        if (close === -1) throw malformed('Unterminated comment.', lt)
        i = close + 3
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const close = xml.indexOf(']]>', lt + 9)
        if (close === -1) throw malformed('Unterminated CDATA section.', lt)
        if (close > lt + 9) handler.cdata(lt + 9, close)
        i = close + 3
      } else if (xml.startsWith('<!DOCTYPE', lt)) {
        i = readDoctype(xml, lt, entities)
      } else {
        throw malformed('Unexpected markup declaration.', lt)
      }
    } else if (next === 0x2f /* / */) {
      const close = xml.indexOf('>', lt + 2)
      if (close === -1) throw malformed('Unterminated end tag.', lt)
      const name = xml.slice(lt + 2, close).trim()
      const open = stack.pop()
      if (open !== name) throw malformed(`End tag </${name}> does not match <${open ?? ''}>.`, lt)
      handler.close(name, lt, close + 1)
      i = close + 1
    } else {
      let j = lt + 1
      while (j < length) {
        const c = xml.charCodeAt(j)
        if (isSpace(c) || c === 0x3e /* > */ || c === 0x2f /* / */) break
        j++
      }
      const name = xml.slice(lt + 1, j)
      if (name === '') throw malformed('Invalid tag.', lt)
      const attrStart = j
      let quote = 0
      for (; j < length; j++) {
        const c = xml.charCodeAt(j)
        if (quote !== 0) {
          if (c === quote) quote = 0
        } else if (c === 0x22 || c === 0x27) quote = c
        else if (c === 0x3e) break
      }
      if (j >= length) throw malformed(`Unterminated start tag <${name}.`, lt)
      const selfClosing = xml.charCodeAt(j - 1) === 0x2f
      const attrEnd = selfClosing ? j - 1 : j
      if (!selfClosing) stack.push(name)
      handler.open(name, lt, j + 1, attrStart, attrEnd, selfClosing)
      i = j + 1
    }
  }
  if (stack.length > 0) throw malformed(`Unclosed element <${stack[stack.length - 1]}>.`, length)
}

/** Read `<!DOCTYPE …>` at `lt`, declaring its internal entities. Returns the offset after it. */
function readDoctype(xml: string, lt: number, entities: XmlEntities): number {
  let i = lt + 9
  let quote = 0
  let subsetStart = -1
  let subsetEnd = -1
  for (; i < xml.length; i++) {
    const c = xml.charCodeAt(i)
    if (subsetStart !== -1 && subsetEnd === -1) {
      // Inside the internal subset: skip quoted strings and comments, stop at `]`.
      if (quote !== 0) {
        if (c === quote) quote = 0
      } else if (c === 0x22 || c === 0x27) quote = c
      else if (c === 0x3c && xml.startsWith('<!--', i)) {
        const close = xml.indexOf('-->', i + 4)
        if (close === -1) break
        i = close + 2
      } else if (c === 0x5d /* ] */) subsetEnd = i
    } else if (quote !== 0) {
      if (c === quote) quote = 0
    } else if (c === 0x22 || c === 0x27) quote = c
    else if (c === 0x5b /* [ */ && subsetStart === -1) subsetStart = i + 1
    else if (c === 0x3e /* > */) break
  }
  if (i >= xml.length) throw malformed('Unterminated DOCTYPE.', lt)
  if (subsetStart !== -1 && subsetEnd !== -1) readSubset(xml, subsetStart, subsetEnd, entities)
  entities.checkSizes()
  return i + 1
}

/** Declare the `<!ENTITY>`s of an internal subset; skip everything else. */
function readSubset(xml: string, start: number, end: number, entities: XmlEntities): void {
  let i = start
  let warnedParameter = false
  while (i < end) {
    const lt = xml.indexOf('<', i)
    if (lt === -1 || lt >= end) break
    if (xml.startsWith('<!--', lt)) {
      const close = xml.indexOf('-->', lt + 4)
      i = close === -1 ? end : close + 3
      continue
    }
    const close = findDeclEnd(xml, lt, end)
    if (xml.startsWith('<!ENTITY', lt)) {
      const decl = parseEntityDecl(xml.slice(lt + 8, close))
      if (decl?.parameter) {
        if (!warnedParameter) {
          warnedParameter = true
          entities.warnings.push({
            ruleId: 'parameter-entity-ignored',
            reason: 'Parameter entities in the DOCTYPE are not processed.',
          })
        }
      } else if (decl) entities.declare(decl.name, decl.value)
    }
    i = close + 1
  }
}

/** Offset of the `>` closing the declaration at `lt` (quotes respected), or `end`. */
function findDeclEnd(xml: string, lt: number, end: number): number {
  let quote = 0
  for (let i = lt + 1; i < end; i++) {
    const c = xml.charCodeAt(i)
    if (quote !== 0) {
      if (c === quote) quote = 0
    } else if (c === 0x22 || c === 0x27) quote = c
    else if (c === 0x3e) return i
  }
  return end
}

const ENTITY_DECL = /^\s+(%\s+)?([^\s%"']+)\s+(?:"([^"]*)"|'([^']*)'|(SYSTEM|PUBLIC)\b)/

/** Parse the inside of `<!ENTITY …>`: name, literal value (`null` when external), whether it is a parameter entity. */
function parseEntityDecl(body: string): { name: string; value: string | null; parameter: boolean } | null {
  const m = ENTITY_DECL.exec(body)
  if (!m) return null
  const value = m[3] ?? m[4]
  return { name: m[2] as string, value: value ?? null, parameter: m[1] !== undefined }
}
