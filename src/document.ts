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

/** A sentence of the normalized view with its tagged values (offsets into `SourceText.text`). */
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

/** A paragraph of the normalized view. */
export interface ParagraphView extends Span {
  sentences: SentenceView[]
}

/** A section as the extractors see it (offsets into `SourceText.text`). */
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

/** The parsed document the extractors and the compiler read. */
export interface DocumentView {
  source: SourceText
  /** Top-level sections in document order. */
  sections: SectionView[]
  /** Every section, depth-first in document order. */
  flat: SectionView[]
  /** Spans of `text` that are page chrome (breadcrumbs, nav, footers), not content. */
  nonContent: Span[]
}
