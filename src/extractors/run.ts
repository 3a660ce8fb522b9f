/**
 * `runExtractors`: dispatch each extractor to the sections of its kinds, in one pass.
 *
 * @module
 */

import type { DocumentView } from '../document.js'
import { FazhiReportError } from '../errors.js'
import type { Taxonomy } from '../taxonomy/types.js'
import type { ExtractorRegistry } from './registry.js'
import type {
  ExtractedFact,
  ExtractedMessage,
  ExtractionResult,
  Extractor,
  ExtractorContext,
  FactDraft,
  StatementDraft,
  StatementList,
} from './types.js'

/**
 * The fact of a draft: `{ ...draft, category }`, built as a literal with fixed
 * keys for `FactDraft`'s fields (such a spread takes V8's slow path, about 2 µs
 * per fact, and leaves objects that are slow to read), then any key an
 * extractor added beyond them copied over.
 */
function toFact(draft: FactDraft, category: string): ExtractedFact {
  const fact: ExtractedFact =
    draft.components === undefined
      ? {
          indicator: draft.indicator,
          value: draft.value,
          unit: draft.unit,
          approx: draft.approx,
          change: draft.change,
          start: draft.start,
          end: draft.end,
          mention: draft.mention,
          sentence: draft.sentence,
          sectionId: draft.sectionId,
          category,
        }
      : {
          indicator: draft.indicator,
          value: draft.value,
          unit: draft.unit,
          approx: draft.approx,
          change: draft.change,
          start: draft.start,
          end: draft.end,
          mention: draft.mention,
          sentence: draft.sentence,
          sectionId: draft.sectionId,
          components: draft.components,
          category,
        }
  for (const key in draft) {
    if (!(key in fact))
      (fact as unknown as Record<string, unknown>)[key] = (draft as unknown as Record<string, unknown>)[key]
  }
  return fact
}

const STATEMENT_LISTS: ReadonlySet<string> = new Set<StatementList>([
  'shortcomings',
  'plans',
  'leaderDuties',
  'rectifications',
])

/**
 * Run the enabled extractors of a registry over a document. Sections are
 * visited once, depth-first in document order; each extractor runs only on
 * sections whose kind it declares, in registry order.
 *
 * @param document - The parsed document (view offsets).
 * @param registry - The extractors (e.g. `defaultExtractors()`).
 * @param taxonomy - The taxonomy facts are bound to (e.g. `defaultTaxonomy`).
 * @returns Facts, statements, extension fields, messages and the mention → indicator map (view offsets, sorted by start).
 * @throws {FazhiReportError} `UNKNOWN_INDICATOR` when an extractor emits a fact whose indicator is not in the taxonomy; `INVALID_ARGUMENT` for an unknown statement list.
 * @category Extractors
 * @example
 * ```ts
 * const result = runExtractors(buildDocument(loadSource('…共收到行政复议申请62宗，受理53宗。')), defaultExtractors(), defaultTaxonomy)
 * result.facts.map((fact) => fact.indicator)
 * //=> ['reconsideration.applications_received', 'reconsideration.accepted']
 * ```
 */
export function runExtractors(
  document: DocumentView,
  registry: ExtractorRegistry,
  taxonomy: Taxonomy,
): ExtractionResult {
  const facts: ExtractedFact[] = []
  const statements: Record<StatementList, StatementDraft[]> = {
    shortcomings: [],
    plans: [],
    leaderDuties: [],
    rectifications: [],
  }
  const extensions: Record<string, unknown> = {}
  const messages: ExtractedMessage[] = []
  const bound = new Map<number, string>()

  const context: ExtractorContext = {
    document,
    taxonomy,
    emit: {
      fact(draft) {
        if (!taxonomy.has(draft.indicator)) {
          throw new FazhiReportError(
            'UNKNOWN_INDICATOR',
            `An extractor emitted a fact for unknown indicator "${draft.indicator}"; add it to the taxonomy`,
            { id: draft.indicator },
          )
        }
        facts.push(toFact(draft, taxonomy.get(draft.indicator).category))
        if (!bound.has(draft.mention.start)) bound.set(draft.mention.start, draft.indicator)
      },
      statement(list, draft) {
        if (!STATEMENT_LISTS.has(list)) {
          throw new FazhiReportError('INVALID_ARGUMENT', `Unknown statement list "${String(list)}"`, { list })
        }
        statements[list].push({ ...draft })
      },
      set(key, value) {
        extensions[key] = value
      },
      message(draft) {
        messages.push({
          ruleId: draft.ruleId,
          reason: draft.reason,
          severity: draft.severity ?? 'warning',
          start: draft.start ?? null,
          end: draft.end ?? null,
          actual: draft.actual ?? null,
        })
      },
    },
    boundAt(start) {
      return bound.get(start)
    },
  }

  const extractors = registry.list().map((extractor) => ({
    extractor,
    kinds: extractor.sectionKinds === '*' ? null : new Set<string>(extractor.sectionKinds),
  }))

  // The extractors of each section kind, in registry order (built when the kind first occurs).
  const byKind = new Map<string, Extractor[]>()
  for (const section of document.flat) {
    let list = byKind.get(section.kind)
    if (list === undefined) {
      list = []
      for (const { extractor, kinds } of extractors)
        if (kinds === null || kinds.has(section.kind)) list.push(extractor)
      byKind.set(section.kind, list)
    }
    for (const extractor of list) extractor.extract(section, context)
  }

  sortByStart(facts)
  sortByStart(statements.shortcomings)
  sortByStart(statements.plans)
  sortByStart(statements.leaderDuties)
  sortByStart(statements.rectifications)
  return { facts, statements, extensions, messages, bound }
}

/** Sort spans by start, then end (stable): a list already in order (the usual case) is left as it is. */
function sortByStart(list: { start: number; end: number }[]): void {
  for (let index = 1; index < list.length; index++) {
    if (byStart(list[index - 1]!, list[index]!) > 0) {
      list.sort(byStart)
      return
    }
  }
}

function byStart(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || a.end - b.end
}
