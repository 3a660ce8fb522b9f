/**
 * Static inventory of the regular expressions in `src/`: every regex literal and
 * every `RegExp(...)` / `new RegExp(...)` call, found with the TypeScript compiler
 * API. Calls whose arguments are not string literals are listed as dynamic.
 *
 * @module
 */

import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'

/** A regex found in the source, with where it is. */
export interface FoundPattern {
  /** `src/normalize/x.ts:12` (1-based line). */
  where: string
  /** The pattern source (what `new RegExp(source)` takes). */
  source: string
  /** The flags as written. */
  flags: string
  /** `literal` for `/.../`, `constructor` for `new RegExp('...')` with literal arguments. */
  origin: 'literal' | 'constructor'
}

/** A `RegExp(...)` call whose pattern is computed at run time. */
export interface DynamicSite {
  /** `src/parser/x.ts:40`. */
  where: string
  /** The call as written (truncated). */
  code: string
}

/** What {@link scanRegexes} found. */
export interface RegexInventory {
  patterns: FoundPattern[]
  dynamic: DynamicSite[]
  files: number
}

/** Every `.ts` file under `dir`, recursively, sorted. */
export function listTsFiles(dir: string): string[] {
  const out: string[] = []
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path)
    }
  }
  walk(dir)
  return out.sort()
}

function literalText(node: ts.Expression | undefined): string | undefined {
  if (node === undefined) return undefined
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression)
  return undefined
}

function isRegExpCallee(node: ts.Expression): boolean {
  if (ts.isIdentifier(node)) return node.text === 'RegExp'
  if (ts.isPropertyAccessExpression(node)) {
    return (
      node.name.text === 'RegExp' && ts.isIdentifier(node.expression) && node.expression.text === 'globalThis'
    )
  }
  return false
}

/**
 * Find the regexes in every `.ts` file under `srcDir`.
 *
 * @param srcDir - The directory to scan (absolute).
 * @param root - Paths in the result are relative to it.
 * @returns The static patterns and the dynamic construction sites.
 */
export function scanRegexes(srcDir: string, root: string): RegexInventory {
  const patterns: FoundPattern[] = []
  const dynamic: DynamicSite[] = []
  const files = listTsFiles(srcDir)
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS)
    const rel = relative(root, file).split('\\').join('/')
    const where = (node: ts.Node): string =>
      `${rel}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const raw = (node as ts.RegularExpressionLiteral).text
        const slash = raw.lastIndexOf('/')
        patterns.push({
          where: where(node),
          source: raw.slice(1, slash),
          flags: raw.slice(slash + 1),
          origin: 'literal',
        })
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && isRegExpCallee(node.expression)) {
        const args = node.arguments ?? ts.factory.createNodeArray()
        const first = args[0]
        const flagsArg = args[1]
        const flags = flagsArg === undefined ? '' : literalText(flagsArg)
        if (
          first !== undefined &&
          first.kind === ts.SyntaxKind.RegularExpressionLiteral &&
          flags !== undefined
        ) {
          const raw = (first as ts.RegularExpressionLiteral).text
          const slash = raw.lastIndexOf('/')
          patterns.push({
            where: where(node),
            source: raw.slice(1, slash),
            flags: flagsArg === undefined ? raw.slice(slash + 1) : flags,
            origin: 'constructor',
          })
          return
        }
        const source = literalText(first)
        if (source !== undefined && flags !== undefined) {
          patterns.push({ where: where(node), source, flags, origin: 'constructor' })
          return
        }
        const code = node.getText(sf).replace(/\s+/g, ' ')
        dynamic.push({ where: where(node), code: code.length > 100 ? `${code.slice(0, 97)}...` : code })
      }
      ts.forEachChild(node, visit)
    }
    visit(sf)
  }
  return { patterns, dynamic, files: files.length }
}

const ESCAPE_CLASSES = new Set(['d', 'D', 's', 'S', 'w', 'W', 'b', 'B'])

/**
 * The literal characters a pattern mentions (outside and inside character
 * classes), in order of first appearance, used to build inputs made of the
 * pattern's own characters.
 *
 * @param source - A regex source.
 * @returns Distinct literal characters (code points).
 */
export function literalChars(source: string): string[] {
  const seen = new Set<string>()
  const chars = Array.from(source)
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index]!
    if (char === '\\') {
      const next = chars[index + 1]
      if (next === undefined) break
      index++
      if (ESCAPE_CLASSES.has(next)) continue
      if ((next === 'p' || next === 'P' || next === 'k') && chars[index + 1] === '{') {
        while (index < chars.length && chars[index] !== '}') index++
        continue
      }
      if (next === 'u' && chars[index + 1] === '{') {
        let hex = ''
        index += 2
        while (index < chars.length && chars[index] !== '}') hex += chars[index++]
        const code = Number.parseInt(hex, 16)
        if (Number.isFinite(code)) seen.add(String.fromCodePoint(code))
        continue
      }
      if (next === 'u' || next === 'x') {
        const len = next === 'u' ? 4 : 2
        const hex = chars.slice(index + 1, index + 1 + len).join('')
        if (/^[0-9a-fA-F]+$/.test(hex) && hex.length === len) {
          seen.add(String.fromCharCode(Number.parseInt(hex, 16)))
          index += len
        }
        continue
      }
      if (next === 'n') seen.add('\n')
      else if (next === 'r') seen.add('\r')
      else if (next === 't') seen.add('\t')
      else if (!/[0-9cfv]/.test(next)) seen.add(next)
      continue
    }
    if ('^$.|?*+()[]{}'.includes(char)) {
      if (char === '{') {
        // skip a quantifier {m,n}
        let j = index + 1
        while (j < chars.length && /[0-9,]/.test(chars[j]!)) j++
        if (chars[j] === '}') index = j
      } else if (char === '(' && chars[index + 1] === '?') {
        // skip group syntax (?: (?= (?! (?<= (?<! (?<name>
        index++
        if (chars[index + 1] === '<' && chars[index + 2] !== '=' && chars[index + 2] !== '!') {
          while (index < chars.length && chars[index] !== '>') index++
        } else index++
      }
      continue
    }
    if (char === '-') continue
    seen.add(char)
  }
  return [...seen]
}
