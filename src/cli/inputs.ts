/**
 * Expands the `parse` command's arguments (files, directories, globs) into a sorted,
 * de-duplicated list of inputs. Node-only.
 *
 * @module
 */

import { type Dirent, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import type { BatchError } from '../output/index.js'
import { describeFsError } from './messages.js'

/** File extensions a directory walk or a glob picks up (lower case). */
export const REPORT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.html', '.htm', '.xml', '.docx'])

/** One input of a batch. */
export interface InputFile {
  /** The path as written in the output (`/`-separated, as the argument spelled it). */
  file: string
  /** Absolute path. */
  absolute: string
  /** Set when the input failed before parsing (missing file, unreadable directory). */
  error: BatchError['error'] | null
}

/** What {@link expandInputs} found. */
export interface ExpandResult {
  /** Inputs sorted by `file` (code-unit order), each absolute path once. */
  inputs: InputFile[]
  /** Glob patterns that matched nothing. */
  unmatched: string[]
}

const GLOB_CHARS = /[*?[]/

/** Whether an argument is a glob pattern (`*`, `**`, `?`, `[…]`). */
export function isGlob(argument: string): boolean {
  return GLOB_CHARS.test(argument)
}

/** Most patterns one argument's braces may expand to (`{a,b}{c,d}…` grows as a product). */
export const MAX_BRACE_EXPANSIONS = 1024

/** Thrown by {@link expandBraces} when an argument expands to too many patterns. */
export class BraceLimitError extends Error {
  constructor(readonly argument: string) {
    super(`${argument} expands to more than ${MAX_BRACE_EXPANSIONS} patterns`)
    this.name = 'BraceLimitError'
  }
}

/** Index of the `}` closing the `{` at `open`, or -1. */
function closingBrace(pattern: string, open: number): number {
  let depth = 0
  for (let i = open; i < pattern.length; i++) {
    if (pattern[i] === '{') depth++
    else if (pattern[i] === '}' && --depth === 0) return i
  }
  return -1
}

/** The comma-separated alternatives of a brace body (commas inside nested braces do not split). */
function alternatives(body: string): string[] {
  const parts: string[] = []
  let depth = 0
  let from = 0
  for (let i = 0; i < body.length; i++) {
    const char = body[i]
    if (char === '{') depth++
    else if (char === '}') depth--
    else if (char === ',' && depth === 0) {
      parts.push(body.slice(from, i))
      from = i + 1
    }
  }
  parts.push(body.slice(from))
  return parts
}

/**
 * Expands shell braces: `reports/{2023,2024}/*.{txt,html}` → four patterns, in
 * order, nested braces included. A brace pair without a top-level comma (`{a}`)
 * or without its closing brace stays as written, as in bash.
 *
 * @param argument - A file, directory or glob argument.
 * @returns The patterns, de-duplicated, in expansion order.
 * @throws {BraceLimitError} When the argument expands to more than {@link MAX_BRACE_EXPANSIONS} patterns.
 */
export function expandBraces(argument: string): string[] {
  const out = new Set<string>()
  const pending = [argument]
  while (pending.length > 0) {
    const pattern = pending.pop()!
    let expanded = false
    for (let open = pattern.indexOf('{'); open !== -1; open = pattern.indexOf('{', open + 1)) {
      const close = closingBrace(pattern, open)
      if (close === -1) break
      const parts = alternatives(pattern.slice(open + 1, close))
      if (parts.length < 2) continue
      const prefix = pattern.slice(0, open)
      const suffix = pattern.slice(close + 1)
      // Pushed in reverse so they pop (and come out) in the order written.
      for (let k = parts.length - 1; k >= 0; k--) pending.push(prefix + parts[k] + suffix)
      expanded = true
      break
    }
    if (!expanded) out.add(pattern)
    if (out.size + pending.length > MAX_BRACE_EXPANSIONS) throw new BraceLimitError(argument)
  }
  return [...out]
}

function toPosix(file: string): string {
  return path.sep === '/' ? file : file.split(path.sep).join('/')
}

function hasReportExtension(name: string): boolean {
  return REPORT_EXTENSIONS.has(path.extname(name).toLowerCase())
}

/**
 * Walks a directory depth-first in sorted order, calling `visit` with each file's path
 * relative to `root` (`/`-separated). Hidden entries (`.name`) are skipped; symbolic links
 * to files are followed, links to directories are not (no cycles).
 */
function walk(
  root: string,
  visit: (relative: string) => void,
  onError: (directory: string, error: unknown) => void,
  relative = '',
): void {
  let entries: Dirent[]
  try {
    entries = readdirSync(path.join(root, relative), { withFileTypes: true })
  } catch (error) {
    onError(relative, error)
    return
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const child = relative === '' ? entry.name : relative + '/' + entry.name
    if (entry.isDirectory()) {
      walk(root, visit, onError, child)
    } else if (entry.isFile()) {
      visit(child)
    } else if (entry.isSymbolicLink()) {
      try {
        if (statSync(path.join(root, child)).isFile()) visit(child)
      } catch {
        // A dangling link is not an input.
      }
    }
  }
}

/**
 * Whether `char` is in the `[…]` class opening at `open` (`[abc]`, ranges `[0-9]`,
 * negation `[!…]` or `[^…]`), and where the class ends; `null` when the `[` has no
 * closing `]` (then it is a literal character).
 */
function matchClass(pattern: string, open: number, char: string): { matches: boolean; end: number } | null {
  let i = open + 1
  const negated = pattern[i] === '!' || pattern[i] === '^'
  if (negated) i++
  let matches = false
  // A `]` right after the opening (or the negation) is a member, as in the shell.
  for (let first = true; i < pattern.length && (first || pattern[i] !== ']'); first = false) {
    const low = pattern[i]!
    if (pattern[i + 1] === '-' && i + 2 < pattern.length && pattern[i + 2] !== ']') {
      if (char >= low && char <= pattern[i + 2]!) matches = true
      i += 3
    } else {
      if (char === low) matches = true
      i++
    }
  }
  if (i >= pattern.length) return null
  return { matches: matches !== negated, end: i + 1 }
}

/**
 * Matches one path segment against a wildcard segment (`*` any run, `?` one character, `[…]` a class),
 * with the linear greedy backtracking of shell wildcards (no regular expression).
 */
function matchSegment(pattern: string, name: string): boolean {
  let p = 0
  let n = 0
  let star = -1
  let resume = 0
  while (n < name.length) {
    const klass = pattern[p] === '[' ? matchClass(pattern, p, name[n]!) : null
    if (klass?.matches) {
      p = klass.end
      n++
    } else if (klass === null && p < pattern.length && (pattern[p] === '?' || pattern[p] === name[n])) {
      p++
      n++
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++
      resume = n
    } else if (star !== -1) {
      p = star + 1
      n = ++resume
    } else {
      return false
    }
  }
  while (pattern[p] === '*') p++
  return p === pattern.length
}

/**
 * Matches a `/`-separated relative path against glob segments, where a `**` segment
 * matches zero or more whole segments. Dynamic programming over segments: O(pattern × path).
 */
export function matchGlob(patternSegments: readonly string[], pathSegments: readonly string[]): boolean {
  // reachable[j]: the pattern prefix processed so far can consume exactly pathSegments[0, j).
  let reachable = new Array<boolean>(pathSegments.length + 1).fill(false)
  reachable[0] = true
  for (const segment of patternSegments) {
    const next = new Array<boolean>(pathSegments.length + 1).fill(false)
    if (segment === '**') {
      let any = false
      for (let j = 0; j <= pathSegments.length; j++) {
        any ||= reachable[j]!
        next[j] = any
      }
    } else {
      for (let j = 0; j < pathSegments.length; j++) {
        if (reachable[j] && matchSegment(segment, pathSegments[j]!)) next[j + 1] = true
      }
    }
    reachable = next
  }
  return reachable[pathSegments.length]!
}

/**
 * Expands files, directories (recursive; `.txt .html .htm .xml .docx`, any case) and globs
 * (`{a,b}` alternatives, `*`, `?` and `[…]` within a segment, `**` across segments; matches
 * filtered by the same extensions)
 * into sorted, de-duplicated inputs. A missing path becomes an input that carries an error,
 * so the batch reports it and goes on.
 *
 * @param args - The command-line arguments.
 * @param cwd - Directory relative arguments are resolved against (default: `process.cwd()`).
 * @returns The inputs and the globs that matched nothing.
 * @throws {BraceLimitError} When an argument's braces expand to more than {@link MAX_BRACE_EXPANSIONS} patterns.
 */
export function expandInputs(args: readonly string[], cwd = process.cwd()): ExpandResult {
  const found = new Map<string, InputFile>()
  const unmatched: string[] = []
  const add = (file: string, error: InputFile['error'] = null): void => {
    const display = toPosix(path.normalize(file))
    const absolute = path.resolve(cwd, file)
    const existing = found.get(absolute)
    if (existing === undefined || display < existing.file)
      found.set(absolute, { file: display, absolute, error })
  }
  const onWalkError = (base: string) => (directory: string, error: unknown) => {
    add(directory === '' ? base : path.join(base, directory), describeFsError(error))
  }

  for (const argument of args.flatMap(expandBraces)) {
    if (isGlob(argument)) {
      const segments = toPosix(argument).split('/')
      const firstWild = segments.findIndex((segment) => isGlob(segment))
      const baseSegments = segments.slice(0, firstWild)
      const base = baseSegments.length === 0 ? '.' : baseSegments.join('/') || '/'
      const pattern = segments.slice(firstWild).filter((segment) => segment !== '')
      let matched = 0
      walk(
        path.resolve(cwd, base),
        (relative) => {
          if (!hasReportExtension(relative) || !matchGlob(pattern, relative.split('/'))) return
          matched++
          add(base === '.' ? relative : path.join(base, relative))
        },
        () => {},
      )
      if (matched === 0) unmatched.push(argument)
      continue
    }
    let stats: ReturnType<typeof statSync>
    try {
      stats = statSync(path.resolve(cwd, argument))
    } catch (error) {
      add(argument, describeFsError(error))
      continue
    }
    if (stats.isDirectory()) {
      walk(
        path.resolve(cwd, argument),
        (relative) => {
          if (hasReportExtension(relative)) add(path.join(argument, relative))
        },
        onWalkError(argument),
      )
    } else {
      add(argument)
    }
  }
  const inputs = [...found.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  return { inputs, unmatched }
}
