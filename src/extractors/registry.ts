/**
 * The extractor registry: an ordered, named list of extractors with
 * markdown-it-Ruler-style editing (`push/before/after/replace/enable/disable`).
 *
 * @module
 */

import { FazhiReportError } from '../errors.js'
import type { Extractor } from './types.js'

/**
 * An ordered, named list of extractors. Edits mutate the registry and return it
 * (chainable); use `clone()` to branch. Unknown names throw.
 *
 * @category Extractors
 * @example
 * ```ts
 * const registry = defaultExtractors().after('facts', citedDocuments).disable(['plans'])
 * registry.names() //=> ['facts', 'cited-documents', 'shortcomings', 'plans', 'leader-duties', 'rectification']
 * ```
 */
export interface ExtractorRegistry {
  /**
   * Append an extractor (enabled).
   *
   * @param extractor - The extractor.
   * @returns The registry.
   * @throws {FazhiReportError} `DUPLICATE_EXTRACTOR` when the name is taken; `INVALID_ARGUMENT` for a malformed extractor.
   */
  push(extractor: Extractor): this
  /**
   * Insert an extractor before another one.
   *
   * @param name - The name of the extractor to insert before.
   * @param extractor - The extractor.
   * @returns The registry.
   * @throws {FazhiReportError} `UNKNOWN_EXTRACTOR`, `DUPLICATE_EXTRACTOR`, `INVALID_ARGUMENT`.
   */
  before(name: string, extractor: Extractor): this
  /**
   * Insert an extractor after another one.
   *
   * @param name - The name of the extractor to insert after.
   * @param extractor - The extractor.
   * @returns The registry.
   * @throws {FazhiReportError} `UNKNOWN_EXTRACTOR`, `DUPLICATE_EXTRACTOR`, `INVALID_ARGUMENT`.
   */
  after(name: string, extractor: Extractor): this
  /**
   * Replace an extractor in place (the new one is enabled; it may have another name).
   *
   * @param name - The name of the extractor to replace.
   * @param extractor - The replacement.
   * @returns The registry.
   * @throws {FazhiReportError} `UNKNOWN_EXTRACTOR`, `DUPLICATE_EXTRACTOR` (new name taken by another entry), `INVALID_ARGUMENT`.
   */
  replace(name: string, extractor: Extractor): this
  /**
   * Enable extractors.
   *
   * @param names - One name or several.
   * @returns The registry.
   * @throws {FazhiReportError} `UNKNOWN_EXTRACTOR` for a name not in the registry.
   */
  enable(names: string | readonly string[]): this
  /**
   * Disable extractors (they stay in place and can be enabled again).
   *
   * @param names - One name or several.
   * @returns The registry.
   * @throws {FazhiReportError} `UNKNOWN_EXTRACTOR` for a name not in the registry.
   */
  disable(names: string | readonly string[]): this
  /**
   * Whether the registry has an extractor of that name (enabled or not).
   *
   * @param name - A name.
   * @returns `true` when present.
   */
  has(name: string): boolean
  /**
   * Whether an extractor is enabled.
   *
   * @param name - A name.
   * @returns `true` when present and enabled.
   * @throws {FazhiReportError} `UNKNOWN_EXTRACTOR` for a name not in the registry.
   */
  isEnabled(name: string): boolean
  /**
   * The enabled extractors, in run order.
   *
   * @returns The extractors.
   */
  list(): readonly Extractor[]
  /**
   * Every name (enabled or not), in order.
   *
   * @returns The names.
   */
  names(): string[]
  /**
   * A copy that can be edited independently.
   *
   * @returns A new registry with the same entries and enabled states.
   */
  clone(): ExtractorRegistry
}

interface Entry {
  extractor: Extractor
  enabled: boolean
}

/**
 * Define an extractor: validates it and returns it frozen (an identity helper
 * for type inference, like `defineConfig`).
 *
 * @param extractor - `{ name, sectionKinds, extract(section, context) }`.
 * @returns The same extractor, frozen.
 * @throws {FazhiReportError} `INVALID_ARGUMENT` when the name is empty, `sectionKinds` is neither `'*'` nor an array, or `extract` is not a function.
 * @category Extractors
 * @example
 * ```ts
 * const citedDocuments = defineExtractor({
 *   name: 'cited-documents',
 *   sectionKinds: '*',
 *   extract(section, context) {
 *     // … context.emit.set('citedDocuments', titles)
 *   },
 * })
 * citedDocuments.name //=> 'cited-documents'
 * ```
 */
export function defineExtractor<T extends Extractor>(extractor: T): Readonly<T> {
  assertExtractor(extractor)
  return Object.freeze(extractor)
}

/**
 * Create an extractor registry.
 *
 * @param initial - Extractors to start with, in order (default: none). Use `defaultExtractors()` for the built-ins.
 * @returns A new registry.
 * @throws {FazhiReportError} `DUPLICATE_EXTRACTOR` when two initial extractors share a name; `INVALID_ARGUMENT` for a malformed one.
 * @category Extractors
 * @example
 * ```ts
 * const registry = createExtractorRegistry([citedDocuments])
 * registry.names() //=> ['cited-documents']
 * registry.disable('cited-documents').list() //=> []
 * ```
 */
export function createExtractorRegistry(initial: readonly Extractor[] = []): ExtractorRegistry {
  const registry = new Registry([])
  for (const extractor of initial) registry.push(extractor)
  return registry
}

class Registry implements ExtractorRegistry {
  readonly #entries: Entry[]

  constructor(entries: Entry[]) {
    this.#entries = entries
  }

  push(extractor: Extractor): this {
    this.#insert(this.#entries.length, extractor)
    return this
  }

  before(name: string, extractor: Extractor): this {
    this.#insert(this.#indexOf(name), extractor)
    return this
  }

  after(name: string, extractor: Extractor): this {
    this.#insert(this.#indexOf(name) + 1, extractor)
    return this
  }

  replace(name: string, extractor: Extractor): this {
    const index = this.#indexOf(name)
    assertExtractor(extractor)
    if (extractor.name !== name && this.has(extractor.name)) throw duplicate(extractor.name)
    this.#entries[index] = { extractor, enabled: true }
    return this
  }

  enable(names: string | readonly string[]): this {
    this.#setEnabled(names, true)
    return this
  }

  disable(names: string | readonly string[]): this {
    this.#setEnabled(names, false)
    return this
  }

  has(name: string): boolean {
    return this.#entries.some((entry) => entry.extractor.name === name)
  }

  isEnabled(name: string): boolean {
    return this.#entries[this.#indexOf(name)]!.enabled
  }

  list(): readonly Extractor[] {
    return this.#entries.filter((entry) => entry.enabled).map((entry) => entry.extractor)
  }

  names(): string[] {
    return this.#entries.map((entry) => entry.extractor.name)
  }

  clone(): ExtractorRegistry {
    return new Registry(this.#entries.map((entry) => ({ ...entry })))
  }

  #insert(index: number, extractor: Extractor): void {
    assertExtractor(extractor)
    if (this.has(extractor.name)) throw duplicate(extractor.name)
    this.#entries.splice(index, 0, { extractor, enabled: true })
  }

  #indexOf(name: string): number {
    const index = this.#entries.findIndex((entry) => entry.extractor.name === name)
    if (index === -1) {
      throw new FazhiReportError(
        'UNKNOWN_EXTRACTOR',
        `Unknown extractor "${String(name)}" (known: ${this.names().join(', ') || 'none'})`,
        { name, known: this.names() },
      )
    }
    return index
  }

  #setEnabled(names: string | readonly string[], enabled: boolean): void {
    const list = typeof names === 'string' ? [names] : names
    // Validate every name before changing anything.
    const indexes = list.map((name) => this.#indexOf(name))
    for (const index of indexes) this.#entries[index]!.enabled = enabled
  }
}

function duplicate(name: string): FazhiReportError {
  return new FazhiReportError('DUPLICATE_EXTRACTOR', `An extractor named "${name}" is already registered`, {
    name,
  })
}

function assertExtractor(extractor: Extractor): void {
  if (
    extractor === null ||
    typeof extractor !== 'object' ||
    typeof extractor.name !== 'string' ||
    extractor.name.length === 0 ||
    typeof extractor.extract !== 'function' ||
    !(extractor.sectionKinds === '*' || Array.isArray(extractor.sectionKinds))
  ) {
    throw new FazhiReportError(
      'INVALID_ARGUMENT',
      'An extractor needs a non-empty name, sectionKinds (an array or "*") and an extract function',
      { name: (extractor as { name?: unknown } | null)?.name },
    )
  }
}
