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

const GLOB_CHARS = /[*?]/

/** Whether an argument is a glob pattern (`*`, `**`, `?`). */
export function isGlob(argument: string): boolean {
  return GLOB_CHARS.test(argument)
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
 * Matches one path segment against a wildcard segment (`*` any run, `?` one character),
 * with the linear greedy backtracking of shell wildcards (no regular expression).
 */
function matchSegment(pattern: string, name: string): boolean {
  let p = 0
  let n = 0
  let star = -1
  let resume = 0
  while (n < name.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === name[n])) {
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
 * (`*`, `?` within a segment, `**` across segments; matches filtered by the same extensions)
 * into sorted, de-duplicated inputs. A missing path becomes an input that carries an error,
 * so the batch reports it and goes on.
 *
 * @param args - The command-line arguments.
 * @param cwd - Directory relative arguments are resolved against (default: `process.cwd()`).
 * @returns The inputs and the globs that matched nothing.
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

  for (const argument of args) {
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
