/**
 * Types of the extractor layer: what an extractor is, what it receives and
 * what it emits. Offsets are into the normalized view (`DocumentView.source.text`);
 * the compiler maps them to the original input and fills `text`.
 *
 * @module
 */

import type { DocumentView, MessageDraft, SectionView } from '../document.js'
import type { Approx, Change } from '../normalize/types.js'
import type { Taxonomy } from '../taxonomy/types.js'
import type { SectionKind, Span } from '../types.js'

/**
 * The statement lists of a report an extractor can add to.
 *
 * @category Extractors
 * @example
 * ```ts
 * context.emit.statement('shortcomings', { start, end, sectionId: section.id, marker: '一是' })
 * ```
 */
export type StatementList = 'shortcomings' | 'plans' | 'leaderDuties' | 'rectifications'

/**
 * A part of a fact (含去年结转18宗), view offsets.
 *
 * @category Extractors
 * @example
 * ```ts
 * // 「办结58宗(含去年结转18宗)」
 * fact.components //=> [{ start: 35, end: 38, label: 'carried_over', value: 18, unit: '宗' }]
 * ```
 */
export interface FactComponentDraft extends Span {
  /** `carried_over` for 结转, `of_which` for a plain 含/其中, else the cue as written (案前调解和解). */
  label: string
  /** The value. */
  value: number
  /** The unit as written. */
  unit: string
}

/**
 * A fact as an extractor emits it: a `Fact` without `text`/`section`/`category`,
 * with view offsets, the bound mention and the section id.
 *
 * @category Extractors
 * @example
 * ```ts
 * context.emit.fact({
 *   indicator: 'reconsideration.accepted', value: 53, unit: '宗', approx: 'exact', change: null,
 *   start: mention.start, end: mention.end, mention: { start: mention.start, end: mention.end },
 *   sentence: { start: sentence.start, end: sentence.end }, sectionId: section.id,
 * })
 * ```
 */
export interface FactDraft extends Span {
  /** The indicator id; must exist in the taxonomy. */
  indicator: string
  /** The value after multipliers (元 for money, percent for rates). */
  value: number
  /** Counter word as written, `元`, `%` or `个百分点`. */
  unit: string
  /** What the text claims about the number. */
  approx: Approx
  /** Set when the number is a change, not a level. */
  change: Change | null
  /** The quantity/percentage mention the fact was read from. */
  mention: Span
  /** The sentence. */
  sentence: Span
  /** The id of the section the fact is in. */
  sectionId: string
  /** Parts of the number (含…, 其中… in parentheses). */
  components?: FactComponentDraft[]
}

/**
 * A statement as an extractor emits it (view offsets).
 *
 * @category Extractors
 * @example
 * ```ts
 * const draft: StatementDraft = { start: 120, end: 141, sectionId: 's2', marker: '二是' }
 * ```
 */
export interface StatementDraft extends Span {
  /** The id of the section the statement is in. */
  sectionId: string
  /** The run-in or list marker (一是, (1) …), or `null`. */
  marker: string | null
}

/**
 * A message about odd content (view offsets).
 *
 * @category Extractors
 * @example
 * ```ts
 * context.emit.message({ ruleId: 'template-residue', reason: 'Unfilled template number', start, end, actual: 'XX件' })
 * ```
 */
export interface ExtractorMessageDraft {
  /** Stable kebab-case rule id. */
  ruleId: string
  /** Human-readable reason. */
  reason: string
  /** `warning` (default) or `info`. */
  severity?: 'warning' | 'info'
  /** Start offset, or `null`/absent for a whole-document message. */
  start?: number | null
  /** End offset, or `null`/absent. */
  end?: number | null
  /** The offending text, or `null`/absent. */
  actual?: string | null
}

/**
 * What an extractor receives besides its section.
 *
 * @category Extractors
 * @example
 * ```ts
 * extract(section, context) {
 *   const text = context.document.source.text.slice(section.start, section.end)
 *   if (text.includes('行政裁决')) context.emit.set('mentionsAdjudication', true)
 * }
 * ```
 */
export interface ExtractorContext {
  /** The whole document (all sections, the source text). */
  readonly document: DocumentView
  /** The taxonomy facts must be bound to. */
  readonly taxonomy: Taxonomy
  /** Emitters: the only way an extractor adds to the report. */
  readonly emit: {
    /**
     * Add a fact.
     *
     * @param draft - The fact (view offsets).
     * @throws {FazhiReportError} `UNKNOWN_INDICATOR` when the indicator is not in the taxonomy.
     */
    fact(draft: FactDraft): void
    /**
     * Add a statement to one of the report's statement lists.
     *
     * @param list - `shortcomings`, `plans`, `leaderDuties` or `rectifications`.
     * @param draft - The statement (view offsets).
     */
    statement(list: StatementList, draft: StatementDraft): void
    /**
     * Set a report extension field (e.g. `citedDocuments`). Setting a key twice replaces the value.
     *
     * @param key - The field name on the report.
     * @param value - Plain JSON-serializable data.
     */
    set<K extends string>(key: K, value: unknown): void
    /**
     * Add a message about odd content.
     *
     * @param draft - The message.
     */
    message(draft: ExtractorMessageDraft): void
  }
  /**
   * The indicator already bound to a mention starting at `start` (by an earlier
   * extractor), or `undefined`.
   *
   * @param start - A mention's start offset.
   * @returns The indicator id, or `undefined`.
   */
  boundAt(start: number): string | undefined
}

/**
 * An extractor: reads sections of some kinds and emits facts, statements,
 * extension fields or messages. Create one with `defineExtractor`.
 *
 * @category Extractors
 * @example
 * ```ts
 * const sectionTitles: Extractor = {
 *   name: 'section-titles',
 *   sectionKinds: '*',
 *   extract(section, context) {
 *     context.emit.message({ ruleId: 'section', reason: section.path.join(' › '), severity: 'info' })
 *   },
 * }
 * ```
 */
export interface Extractor {
  /** Unique name within a registry (kebab-case, e.g. `cited-documents`). */
  readonly name: string
  /** The section kinds it runs on, or `'*'` for every section. */
  readonly sectionKinds: readonly SectionKind[] | '*'
  /**
   * Called once per section of a declared kind, in document order.
   *
   * @param section - The section (its own paragraphs; subsections are visited separately).
   * @param context - The document, taxonomy and emitters.
   */
  extract(section: SectionView, context: ExtractorContext): void
}

/**
 * A fact as `runExtractors` returns it: the draft plus the indicator's category.
 *
 * @category Extractors
 * @example
 * ```ts
 * runExtractors(document, defaultExtractors(), defaultTaxonomy).facts[0].category //=> 'disputes'
 * ```
 */
export interface ExtractedFact extends FactDraft {
  /** The indicator's category. */
  category: string
}

/**
 * A message draft with every field set (view offsets).
 *
 * @category Extractors
 * @example
 * ```ts
 * result.messages[0] //=> { ruleId: 'probe', reason: '…', severity: 'warning', start: 10, end: 20, actual: null }
 * ```
 */
export type ExtractedMessage = MessageDraft

/**
 * What `runExtractors` returns (view offsets; sorted by `start`).
 *
 * @category Extractors
 * @example
 * ```ts
 * const { facts, statements, extensions, bound } = runExtractors(document, defaultExtractors(), defaultTaxonomy)
 * bound.get(facts[0].mention.start) === facts[0].indicator //=> true
 * ```
 */
export interface ExtractionResult {
  /** Facts. */
  facts: ExtractedFact[]
  /** Statements per list. */
  statements: Record<StatementList, StatementDraft[]>
  /** Report extension fields set by extractors (`citedDocuments` …). */
  extensions: Record<string, unknown>
  /** Messages. */
  messages: ExtractedMessage[]
  /** Mention start (view offset) → the indicator id it was bound to (first binding wins). */
  bound: Map<number, string>
}
