/**
 * Types of the Chinese report parser: the nlcst extensions (section and
 * heading nodes, data on words), the options and result of
 * {@link buildDocument}, and the message drafts it produces.
 *
 * @module
 */

import type {
  Symbol as NlcstSymbol,
  Paragraph,
  Parent,
  Punctuation,
  Root,
  Source,
  WhiteSpace,
  Word,
} from 'nlcst'
import type { DocumentView, MessageDraft, SourceText } from '../document.js'
import type { Money, Percentage, Quantity, ReportDate } from '../normalize/types.js'
import type { CategoryId, HeadingStyle, SectionKind, Span } from '../types.js'

/**
 * Data of a {@link SectionNode}.
 *
 * @category Parser
 * @example
 * ```ts
 * const data: SectionData = { id: 's1.2', kind: 'achievements', topic: 'functions', level: 2 }
 * ```
 */
export interface SectionData {
  /** Section id (`s1`, `s1.2`, `preamble`, `u1`, `closing`). */
  id: string
  /** What the section is. */
  kind: SectionKind
  /** The 纲要 chapter the section reports on, or `null`. */
  topic: CategoryId | null
  /** Outline depth: 1 for top-level headed sections, 0 for preamble, closing and unheaded parts. */
  level: number
}

/**
 * Data of a {@link HeadingNode}.
 *
 * @category Parser
 * @example
 * ```ts
 * const data: HeadingData = { marker: '(二)', style: 'cn-paren', ordinal: 2, title: '紧扣发展大局,依法全面履行政府职能', level: 2 }
 * ```
 */
export interface HeadingData {
  /** The marker as it appears in the normalized view (`一、`, `(一)`, `1.`), or `null`. */
  marker: string | null
  /** The marker's numbering style. */
  style: HeadingStyle
  /** The ordinal the marker states (`三` → 3), or `null`. */
  ordinal: number | null
  /** The heading text without marker and trailing punctuation (normalized view). */
  title: string
  /** Outline depth of the heading. */
  level: number
}

/**
 * Children a {@link HeadingNode} may hold (the same as a sentence's).
 *
 * @category Parser
 * @example
 * ```ts
 * const word: HeadingContent = { type: 'WordNode', children: [{ type: 'TextNode', value: '主要举措和成效' }] }
 * ```
 */
export type HeadingContent = Word | Punctuation | NlcstSymbol | WhiteSpace | Source

/**
 * A section heading (`一、主要举措和成效`), marker included. Not part of nlcst
 * proper: registered through `RootContentMap` augmentation.
 *
 * @category Parser
 * @example
 * ```ts
 * const { tree } = buildDocument(loadSource('一、主要举措和成效\n受理53宗。'))
 * const section = tree.children[0] as SectionNode
 * ;(section.children[0] as HeadingNode).data.title //=> '主要举措和成效'
 * ```
 */
export interface HeadingNode extends Parent {
  /** Node type. */
  type: 'HeadingNode'
  /** Words, punctuation and white space of the heading. */
  children: HeadingContent[]
  /** Marker, style, ordinal, title and level. */
  data: HeadingData
}

/**
 * Children a {@link SectionNode} may hold.
 *
 * @category Parser
 * @example
 * ```ts
 * const kinds = section.children.map((child: SectionContent) => child.type)
 * //=> ['HeadingNode', 'WhiteSpaceNode', 'ParagraphNode', 'SectionNode', …]
 * ```
 */
export type SectionContent = HeadingNode | Paragraph | SectionNode | WhiteSpace | Source

/**
 * A section of the report outline: its heading (if any), its own paragraphs
 * and its subsections, in document order. Page chrome inside a section is a
 * `SourceNode` with `data.nonContent`.
 *
 * @category Parser
 * @example
 * ```ts
 * const { tree } = buildDocument(loadSource('2024年,我区…。\n一、主要举措和成效\n受理53宗。'))
 * tree.children.map((node) => (node as SectionNode).data.kind) //=> ['preamble', 'achievements']
 * ```
 */
export interface SectionNode extends Parent {
  /** Node type. */
  type: 'SectionNode'
  /** Heading, paragraphs, subsections and the white space between them. */
  children: SectionContent[]
  /** Id, kind, topic and level. */
  data: SectionData
}

/**
 * Why a span is not body content.
 *
 * - `chrome`: page furniture recognised by pattern (breadcrumbs, nav bars,
 *   metadata table lines, footers, 【打印】, 分享到 …).
 * - `header`: an unrecognised line above the body (site name, channel name).
 * - `title`: the report title line above the body.
 * - `addressee`: the addressee the report opens with (`中共兴宁市委:`).
 * - `other`: text the parser could not place (should not happen).
 *
 * @category Parser
 */
export type NonContentKind = 'chrome' | 'header' | 'title' | 'addressee' | 'other'

export type { MessageDraft } from '../document.js'

declare module 'nlcst' {
  interface RootContentMap {
    /** A report section (fazhi-report). */
    section: SectionNode
    /** A section heading (fazhi-report). */
    heading: HeadingNode
  }

  interface WordData {
    /** A count (`62宗`), set by fazhi-report. */
    quantity?: Quantity | undefined
    /** A money amount (`4368万元`), set by fazhi-report. */
    money?: Money | undefined
    /** A percentage (`93.03%`), set by fazhi-report. */
    percentage?: Percentage | undefined
    /** A date (`2025年1月15日`), set by fazhi-report. */
    date?: ReportDate | undefined
    /** `true` for the text inside 《…》 (a cited document title), set by fazhi-report. */
    bookTitle?: boolean | undefined
  }

  interface SourceData {
    /** Why the span is not body content, set by fazhi-report. */
    nonContent?: NonContentKind | undefined
  }
}

declare module 'vfile' {
  interface DataMap {
    /** The decoded and normalized input (set by the input layer, read by `reportParse`). */
    source: SourceText
    /** The parsed document (set by `reportParse`). */
    document: DocumentView
  }
}

/**
 * Options of {@link buildDocument} and {@link reportParse}.
 *
 * @category Parser
 * @example
 * ```ts
 * buildDocument(loadSource('10月22日，督察组到我市督察。'), { reportYear: 2024 })
 * // the yearless 10月22日 becomes 2024-10-22
 * ```
 */
export interface BuildDocumentOptions {
  /**
   * The year the report covers; gives yearless dates (10月22日) their year and
   * lets `20XX年,…将…` open an unheaded plans part when `XX` is later
   * (default: `null`, unknown).
   */
  reportYear?: number | null | undefined
  /** Supplies the year of yearless dates when `reportYear` is not given (default: `null`). */
  referenceDate?: Date | null | undefined
}

/**
 * What {@link buildDocument} returns.
 *
 * @category Parser
 * @example
 * ```ts
 * const { tree, document, messages, titles, addressee } = buildDocument(loadSource(text))
 * document.sections.map((section) => section.kind) //=> ['preamble', 'achievements', 'shortcomings', 'plans']
 * ```
 */
export interface BuildDocumentResult {
  /** The positioned nlcst tree (positions are offsets into `SourceText.original`). */
  tree: Root
  /** The section/paragraph/sentence view the extractors read (offsets into `SourceText.text`). */
  document: DocumentView
  /** Content warnings. */
  messages: MessageDraft[]
  /** Spans of `SourceText.text` holding the report title line(s) above the body. */
  titles: Span[]
  /** Span of the addressee the report opens with (`中共兴宁市委:`), or `null`. */
  addressee: Span | null
}
