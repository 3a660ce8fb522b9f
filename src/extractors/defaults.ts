/**
 * The built-in extractors, in their default order.
 *
 * @module
 */

import { FazhiReportError } from '../errors.js'
import { factsExtractor } from './facts.js'
import { createExtractorRegistry, type ExtractorRegistry } from './registry.js'
import {
  leaderDutiesExtractor,
  plansExtractor,
  rectificationExtractor,
  shortcomingsExtractor,
} from './statements.js'
import type { Extractor } from './types.js'

/**
 * A fresh registry with the built-in extractors: `facts`, `shortcomings`,
 * `plans`, `leader-duties`, `rectification` (in that order, all enabled).
 * Each call returns a new registry, so editing it changes nothing else.
 *
 * @returns A new registry.
 * @category Extractors
 * @example
 * ```ts
 * defaultExtractors().names() //=> ['facts', 'shortcomings', 'plans', 'leader-duties', 'rectification']
 * const registry = defaultExtractors().disable('plans').push(citedDocuments)
 * ```
 */
export function defaultExtractors(): ExtractorRegistry {
  return createExtractorRegistry([
    factsExtractor,
    shortcomingsExtractor,
    plansExtractor,
    leaderDutiesExtractor,
    rectificationExtractor,
  ])
}

/**
 * Resolve an `extractors` option: a registry is used as is (cloned), an array
 * of extractors is appended to the built-ins, `null`/`undefined` means the
 * built-ins.
 *
 * @param option - A registry, extra extractors, or nothing.
 * @returns A registry the caller may edit.
 * @throws {FazhiReportError} `INVALID_OPTION` for anything else; `DUPLICATE_EXTRACTOR` when an extra extractor reuses a built-in name.
 * @category Extractors
 * @example
 * ```ts
 * resolveExtractors([citedDocuments]).names().at(-1) //=> 'cited-documents'
 * ```
 */
export function resolveExtractors(
  option: ExtractorRegistry | readonly Extractor[] | null | undefined,
): ExtractorRegistry {
  if (option === null || option === undefined) return defaultExtractors()
  if (Array.isArray(option)) {
    const registry = defaultExtractors()
    for (const extractor of option as readonly Extractor[]) registry.push(extractor)
    return registry
  }
  const registry = option as ExtractorRegistry
  if (typeof registry.list !== 'function' || typeof registry.clone !== 'function') {
    throw new FazhiReportError(
      'INVALID_OPTION',
      'extractors must be an ExtractorRegistry (see defaultExtractors()) or an array of extractors',
      { option: 'extractors' },
    )
  }
  return registry.clone()
}
