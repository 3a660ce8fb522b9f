/**
 * Internal contracts between the pipeline stages:
 *
 * input (src/input) → {@link SourceText} → parser (src/parser) → nlcst tree +
 * {@link DocumentView} → extractors (src/extractors) → compiler (src/compile) → `Report`.
 *
 * Offsets inside a `DocumentView` are offsets into `SourceText.text` (the
 * flattened, normalized view). The compiler maps them to the original input with
 * `SourceText.toOriginal` — extractors never deal with the original.
 *
 * @module
 */

import type { DateMention, PercentageMention, QuantityMention } from './normalize/types.js'
import type { CategoryId, ReportHeading, SectionKind, Span } from './types.js'

/**
 * Metadata hints the input layer found outside the body text (HTML `<title>`
 * and `<meta>`, DOCX core properties …). All optional.
 *
 * @example
 * ```ts
 * const html = '<html><head><title>某区2024年法治政府建设年度报告</title><meta name="PubDate" content="2025-03-28"></head><body><p>…</p></body></html>'
 * const hints: SourceHints = loadSource(html).hints
 * //=> { title: '某区2024年法治政府建设年度报告', publishedAt: '2025-03-28', meta: { pubdate: '2025-03-28' } }
 * ```
 */
export interface SourceHints {
  /** `<title>`, `ArticleTitle`, DOCX `dc:title`. */
  title?: string
  /** A publish date found in markup (`PubDate`, `dcterms:created` …), as written. */
  publishedAt?: string
  /** Every `<meta name|property=… content=…>` (lower-cased names). */
  meta?: Record<string, string>
}

/**
 * A decoded, flattened and normalized input.
 *
 * `text` has the same content as the input's visible text with length-preserving
 * normalizations applied (full-width → half-width, `\u3000`/`\u00a0` → space,
 * `\r` → `\n` or space, traditional → simplified characters). Block
 * boundaries of HTML/DOCX/XML become `\n`.
 *
 * @example
 * ```ts
 * const source: SourceText = loadSource('２０２４年，我区共收到行政复议申请62宗。')
 * source.text //=> '2024年,我区共收到行政复议申请62宗。' (normalized, same length)
 * source.toOriginal(0, 5) //=> { start: 0, end: 5 }
 * source.format //=> 'text'
 * ```
 */
export interface SourceText {
  /** The string offsets in the `Report` point into. */
  original: string
  /** The normalized view the parser reads. */
  text: string
  /** Maps a half-open span of `text` to the half-open span of `original` it came from. */
  toOriginal(start: number, end: number): Span
  /** The format that was parsed. */
  format: 'text' | 'html' | 'xml' | 'docx'
  /** The encoding bytes were decoded from, or `null` for string input. */
  encoding: string | null
  /** Metadata found in markup. */
  hints: SourceHints
}

/**
 * A sentence of the normalized view with its tagged values (offsets into `SourceText.text`).
 *
 * @example
 * ```ts
 * const { document } = buildDocument(loadSource('2024年，我区…。\n一、主要举措和成效\n共收到行政复议申请62宗，同比增长12.5%。'))
 * const sentence: SentenceView = document.flat[1].paragraphs[0].sentences[0]
 * sentence.text //=> '共收到行政复议申请62宗,同比增长12.5%。'
 * sentence.quantities.map((mention) => mention.text) //=> ['62宗']
 * sentence.percentages[0].value.change //=> { direction: 'up', basis: 'year_on_year' }
 * ```
 */
export interface SentenceView extends Span {
  /** `text.slice(start, end)` of the normalized view. */
  text: string
  /** Quantity and money mentions, sorted by `start`. */
  quantities: QuantityMention[]
  /** Percentage mentions, sorted by `start`. */
  percentages: PercentageMention[]
  /** Date mentions, sorted by `start`. */
  dates: DateMention[]
}

/**
 * A paragraph of the normalized view.
 *
 * @example
 * ```ts
 * const { document } = buildDocument(loadSource('2024年，我区…。\n一、主要举措和成效\n共收到行政复议申请62宗，同比增长12.5%。'))
 * const paragraph: ParagraphView = document.flat[1].paragraphs[0]
 * paragraph.start //=> 21
 * paragraph.sentences.length //=> 1
 * ```
 */
export interface ParagraphView extends Span {
  sentences: SentenceView[]
}

/**
 * A section as the extractors see it (offsets into `SourceText.text`).
 *
 * @example
 * ```ts
 * const counter = defineExtractor({
 *   name: 'sentence-counter',
 *   sectionKinds: ['achievements'],
 *   extract(section: SectionView, context) {
 *     const count = section.paragraphs.reduce((sum, paragraph) => sum + paragraph.sentences.length, 0)
 *     context.emit.message({ ruleId: 'sentences', reason: `${section.id}: ${count}`, severity: 'info' })
 *   },
 * })
 * ```
 */
export interface SectionView extends Span {
  /** Same id as the `ReportSection`. */
  id: string
  level: number
  kind: SectionKind
  topic: CategoryId | null
  /** Heading with offsets into the normalized view, or `null`. */
  heading: ReportHeading | null
  /** Titles from the root to this section. */
  path: string[]
  /** The section's own paragraphs (not its subsections'). */
  paragraphs: ParagraphView[]
  /** Subsections. */
  children: SectionView[]
  /** The parent section's id, or `null` at the top. */
  parentId: string | null
}

/**
 * The parsed document the extractors and the compiler read.
 *
 * @example
 * ```ts
 * const { document } = buildDocument(loadSource('2024年，我区…。\n一、主要举措和成效\n共收到行政复议申请62宗。'))
 * const view: DocumentView = document
 * view.flat.map((section) => [section.id, section.kind, section.parentId])
 * //=> [['preamble', 'preamble', null], ['s1', 'achievements', null]]
 * view.source.format //=> 'text'
 * ```
 */
export interface DocumentView {
  source: SourceText
  /** Top-level sections in document order. */
  sections: SectionView[]
  /** Every section, depth-first in document order. */
  flat: SectionView[]
  /** Spans of `text` that are page chrome (breadcrumbs, nav, footers), not content. */
  nonContent: Span[]
}

/**
 * A content warning as a pipeline stage produces it (parser, metadata, extractors),
 * with offsets into the normalized view (`SourceText.text`). `emitMessages` turns it
 * into a vfile message positioned in the original input; the compiler into a
 * `ReportMessage`.
 *
 * @category Parser
 * @example
 * ```ts
 * const draft: MessageDraft = {
 *   ruleId: 'template-residue', reason: 'Template placeholder `*次` left in the text',
 *   severity: 'warning', start: 31, end: 33, actual: '*次',
 * }
 * ```
 */
export interface MessageDraft {
  /** Stable kebab-case rule id (see `messageRules`). */
  ruleId: string
  /** Human-readable reason. */
  reason: string
  /** `warning` for problems, `info` for notes. */
  severity: 'warning' | 'info'
  /** View offset of the first code unit, or `null` for whole-document messages. */
  start: number | null
  /** View offset after the last code unit, or `null` for whole-document messages. */
  end: number | null
  /** The offending text, or `null`. */
  actual: string | null
}
