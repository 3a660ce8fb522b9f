/**
 * The Chinese report parser: builds a positioned nlcst tree (sections,
 * headings, paragraphs, sentences, words) and the `DocumentView` the
 * extractors read, in one pass over the structure found by `src/structure`.
 *
 * @module
 */

import type {
  Symbol as NlcstSymbol,
  Paragraph,
  Punctuation,
  Root,
  RootContent,
  Sentence,
  SentenceContent,
  Source,
  WhiteSpace,
  Word,
  WordData,
} from 'nlcst'
import type { Plugin } from 'unified'
import type { Point, Position } from 'unist'
import type { VFile } from 'vfile'
import type { DocumentView, ParagraphView, SectionView, SentenceView, SourceText } from '../document.js'
import { emitMessages } from '../messages.js'
import type { DateMention, DateOptions, PercentageMention, QuantityMention } from '../normalize/types.js'
import { analyzeStructure, isSec, type OutlineHeading, type Para, type Sec } from '../structure/index.js'
import type { ReportHeading, Span } from '../types.js'
import { ALNUM, charClass, HAN, isDigit, PUNCT, SPACE } from './chars.js'
import { paragraphMentions } from './mentions.js'
import type {
  BuildDocumentOptions,
  BuildDocumentResult,
  HeadingContent,
  HeadingNode,
  MessageDraft,
  NonContentKind,
  SectionContent,
  SectionNode,
} from './types.js'

export { findTitleCandidates } from '../structure/index.js'
export { parserRules } from './rules.js'
export type * from './types.js'

const emptyOptions: Readonly<BuildDocumentOptions> = {}

// Module-level copies of the character-class helpers: the hot loops below read
// them per character, and some loaders (tsx, CJS interop) turn every access to
// an imported binding into a getter call.
const classOf = charClass
const digit = isDigit
const C_HAN = HAN
const C_ALNUM = ALNUM
const C_SPACE = SPACE
const C_PUNCT = PUNCT

/** An atomic token: a tagged mention or the inside of a 《…》 title. */
interface Atom extends Span {
  data: WordData
}

/** The mentions of one paragraph or heading, sorted by start: its sentence views and, later, its atoms. */
interface Tagged {
  titles: readonly Span[]
  quantities: QuantityMention[]
  percentages: PercentageMention[]
  dates: DateMention[]
}

/** Sort `spans` by start (then longest first), unless they already are (the finders' usual output). */
function sortByStart<T extends Span>(spans: T[]): T[] {
  for (let i = 1; i < spans.length; i++) {
    if (byStart(spans[i - 1]!, spans[i]!) > 0) return spans.sort(byStart)
  }
  return spans
}

/** The atoms of a paragraph or heading: its titles and mentions, non-overlapping. */
function atomsOf(tagged: Tagged): Atom[] {
  const atoms: Atom[] = []
  for (const title of tagged.titles)
    atoms.push({ start: title.start, end: title.end, data: { bookTitle: true } })
  for (const mention of tagged.quantities)
    atoms.push({ start: mention.start, end: mention.end, data: mentionData(mention) })
  for (const mention of tagged.percentages)
    atoms.push({ start: mention.start, end: mention.end, data: mentionData(mention) })
  for (const mention of tagged.dates)
    atoms.push({ start: mention.start, end: mention.end, data: mentionData(mention) })
  return selectAtoms(atoms)
}

function byStart(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end
}

/** Pick non-overlapping atoms (earliest, then longest, first). */
function selectAtoms(atoms: Atom[]): Atom[] {
  atoms.sort(byStart)
  const out: Atom[] = []
  let lastEnd = -1
  for (const atom of atoms) {
    if (atom.start >= lastEnd && atom.end > atom.start) {
      out.push(atom)
      lastEnd = atom.end
    }
  }
  return out
}

function mentionData(mention: QuantityMention | PercentageMention | DateMention): WordData {
  switch (mention.type) {
    case 'quantity':
      return { quantity: mention.value }
    case 'money':
      return { money: mention.value }
    case 'percentage':
      return { percentage: mention.value }
    default:
      return { date: mention.value }
  }
}

/**
 * `offset → Point` over `value`, as `vfile-location`'s `toPoint` (line breaks: LF, CRLF, lone CR;
 * `{ line: 1, column: offset + 1, offset }` for an offset outside the text), with the line starts
 * computed in one pass and a cursor on the last line found (nodes are made in document order).
 */
function pointer(value: string): (offset: number) => Point {
  /** Offsets just after each line break. */
  const starts: number[] = []
  if (value.indexOf('\r') === -1) {
    // Only LF breaks (the common case): let the engine's indexOf find them.
    for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) starts.push(i + 1)
  } else {
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i)
      if (code === 0x0a) starts.push(i + 1)
      else if (code === 0x0d) {
        if (value.charCodeAt(i + 1) === 0x0a) i++
        starts.push(i + 1)
      }
    }
  }
  /** The number of line starts ≤ the last offset asked for. */
  let cursor = 0
  return (offset: number): Point => {
    if (!(offset > -1 && offset <= value.length)) return { line: 1, column: offset + 1, offset }
    if (
      (cursor > 0 && starts[cursor - 1]! > offset) ||
      (cursor < starts.length && starts[cursor]! <= offset)
    ) {
      let low = 0
      let high = starts.length
      while (low < high) {
        const middle = (low + high) >>> 1
        if (starts[middle]! <= offset) low = middle + 1
        else high = middle
      }
      cursor = low
    }
    return { line: cursor + 1, column: offset - (cursor > 0 ? starts[cursor - 1]! : 0) + 1, offset }
  }
}

/** Key of the hidden (non-enumerable) function that makes a lazy root's children. */
const makeChildren = Symbol('makeChildren')

type LazyRoot = Root & { [makeChildren]?: () => RootContent[] }

/** Turn `children` of `root` into a plain data property holding `value`, and drop the maker. */
function settleChildren(root: LazyRoot, value: RootContent[]): void {
  delete root[makeChildren]
  Object.defineProperty(root, 'children', { value, writable: true, enumerable: true, configurable: true })
}

/**
 * The `children` accessor of a lazy root: one shared descriptor, the maker
 * kept on the root under a symbol, so every lazy root has the same hidden
 * class. (Per-object getter closures would give each root a map of its own,
 * and a WeakMap of makers an old-space table: either keeps the whole document
 * alive through young-generation collections.)
 */
const lazyChildren: PropertyDescriptor = {
  get(this: LazyRoot): RootContent[] {
    const children = this[makeChildren]?.() ?? []
    settleChildren(this, children)
    return children
  },
  set(this: LazyRoot, value: RootContent[]): void {
    settleChildren(this, value)
  },
  enumerable: true,
  configurable: true,
}

/**
 * A root whose children are made on first read of `children`, then kept: an
 * own, enumerable property, so `JSON.stringify`, `structuredClone`, spreading
 * and every tree walker see a plain array. The views are made eagerly; the
 * nodes (as costly as the views) only when something reads the tree, which
 * `parseReport`'s own stages never do. Assigning `children` replaces them.
 */
function lazyRoot(position: Position, make: () => RootContent[]): Root {
  const root: LazyRoot = { type: 'RootNode', children: [], position }
  Object.defineProperty(root, makeChildren, {
    value: make,
    writable: false,
    enumerable: false,
    configurable: true,
  })
  Object.defineProperty(root, 'children', lazyChildren)
  return root
}

/** Builds the views and, on demand, the tree of one document. */
class Builder {
  readonly source: SourceText
  readonly text: string
  readonly messages: MessageDraft[]
  readonly dateOptions: DateOptions
  readonly nonContent: ReadonlyArray<{ start: number; end: number; kind: NonContentKind }>
  nonContentIndex = 0
  readonly flat: SectionView[] = []
  readonly toPoint: (offset: number) => Point
  /** The mentions of each paragraph and heading, by its start (kept for the tree's atoms, made later). */
  readonly tagged = new Map<number, Tagged>()

  constructor(
    source: SourceText,
    nonContent: ReadonlyArray<{ start: number; end: number; kind: NonContentKind }>,
    messages: MessageDraft[],
    dateOptions: DateOptions,
  ) {
    this.source = source
    this.text = source.text
    this.nonContent = nonContent
    this.messages = messages
    this.dateOptions = dateOptions
    this.toPoint = pointer(source.original)
  }

  /** The last end point made, reused as the next node's start (nodes come in document order). */
  lastPoint: Point | null = null

  position(start: number, end: number): Position {
    const span = this.source.toOriginal(start, end)
    const last = this.lastPoint
    const startPoint = last !== null && last.offset === span.start ? last : this.toPoint(span.start)
    const endPoint = span.end === span.start ? startPoint : this.toPoint(span.end)
    this.lastPoint = endPoint
    return { start: startPoint, end: endPoint }
  }

  /** Cover `[from, to)` with white space and non-content `SourceNode`s. */
  fill(out: Array<RootContent | SectionContent | WhiteSpace | Source>, from: number, to: number): void {
    const text = this.text
    let i = from
    while (i < to) {
      while (
        this.nonContentIndex < this.nonContent.length &&
        this.nonContent[this.nonContentIndex]!.end <= i
      ) {
        this.nonContentIndex++
      }
      const span = this.nonContent[this.nonContentIndex]
      if (span !== undefined && span.start <= i) {
        const end = Math.min(span.end, to)
        out.push(this.sourceNode(i, end, span.kind))
        i = end
        continue
      }
      const limit = span === undefined ? to : Math.min(span.start, to)
      const space = classOf(text.charCodeAt(i)) === C_SPACE
      let j = i + 1
      while (j < limit && (classOf(text.charCodeAt(j)) === C_SPACE) === space) j++
      out.push(space ? this.whiteSpace(i, j) : this.sourceNode(i, j, 'other'))
      i = j
    }
  }

  sourceNode(start: number, end: number, kind: NonContentKind): Source {
    return {
      type: 'SourceNode',
      value: this.text.slice(start, end),
      position: this.position(start, end),
      data: { nonContent: kind },
    }
  }

  whiteSpace(start: number, end: number): WhiteSpace {
    return { type: 'WhiteSpaceNode', value: this.text.slice(start, end), position: this.position(start, end) }
  }

  word(start: number, end: number, data: WordData | null): Word {
    const position = this.position(start, end)
    const node: Word = {
      type: 'WordNode',
      children: [{ type: 'TextNode', value: this.text.slice(start, end), position }],
      position,
    }
    if (data !== null) node.data = data
    return node
  }

  /** Tokens of `[start, end)`; `atoms` are sorted and non-overlapping. */
  tokens(start: number, end: number, atoms: readonly Atom[]): SentenceContent[] {
    const text = this.text
    const out: SentenceContent[] = []
    let a = 0
    while (a < atoms.length && atoms[a]!.start < start) a++
    let i = start
    while (i < end) {
      while (a < atoms.length && atoms[a]!.start < i) a++
      const atom = atoms[a]
      if (atom !== undefined && atom.start === i && atom.end <= end) {
        out.push(this.word(atom.start, atom.end, atom.data))
        i = atom.end
        a++
        continue
      }
      const limit = atom !== undefined && atom.start < end ? atom.start : end
      const code = text.charCodeAt(i)
      const kind = classOf(code)
      let j = i + 1
      if (kind === C_HAN) {
        while (j < limit && classOf(text.charCodeAt(j)) === C_HAN) j++
        out.push(this.word(i, j, null))
      } else if (kind === C_ALNUM) {
        while (j < limit) {
          const next = text.charCodeAt(j)
          if (classOf(next) === C_ALNUM) j++
          else if (
            (next === 0x2e || next === 0x2c) &&
            digit(text.charCodeAt(j - 1)) &&
            j + 1 < limit &&
            digit(text.charCodeAt(j + 1))
          ) {
            j += 2
          } else break
        }
        out.push(this.word(i, j, null))
      } else if (kind === C_SPACE) {
        while (j < limit && classOf(text.charCodeAt(j)) === C_SPACE) j++
        out.push(this.whiteSpace(i, j))
      } else if (kind === C_PUNCT) {
        while (j < limit && text.charCodeAt(j) === code) j++
        const node: Punctuation = {
          type: 'PunctuationNode',
          value: text.slice(i, j),
          position: this.position(i, j),
        }
        out.push(node)
      } else {
        const node: NlcstSymbol = {
          type: 'SymbolNode',
          value: text.slice(i, j),
          position: this.position(i, j),
        }
        out.push(node)
      }
      i = j
    }
    return out
  }

  tag(start: number, end: number): Tagged {
    const found = paragraphMentions(this.text, start, end, this.dateOptions)
    for (const residue of found.residue) {
      this.messages.push({
        ruleId: 'template-residue',
        reason: `Template placeholder \`${residue.text}\` left in the text`,
        severity: 'warning',
        start: residue.start,
        end: residue.end,
        actual: residue.text,
      })
    }
    const tagged: Tagged = {
      titles: found.titles,
      quantities: sortByStart(found.quantities),
      percentages: sortByStart(found.percentages),
      dates: sortByStart(found.dates),
    }
    this.tagged.set(start, tagged)
    return tagged
  }

  /** The atoms of the paragraph or heading starting at `start` (for the tree). */
  atomsAt(start: number): Atom[] {
    const tagged = this.tagged.get(start)
    return tagged === undefined ? [] : atomsOf(tagged)
  }

  heading(heading: OutlineHeading, level: number): HeadingNode {
    return {
      type: 'HeadingNode',
      children: this.tokens(heading.start, heading.end, this.atomsAt(heading.start)) as HeadingContent[],
      position: this.position(heading.start, heading.end),
      data: {
        marker: heading.marker,
        style: heading.style,
        ordinal: heading.ordinal,
        title: heading.title,
        level,
      },
    }
  }

  /** The view of a paragraph: its sentences with their mentions. */
  paragraphView(para: Para): ParagraphView {
    const tagged = this.tag(para.start, para.end)
    const sentences: SentenceView[] = []
    let q = 0
    let p = 0
    let d = 0
    const bounds = para.sentences
    for (let k = 0; k < bounds.length; k += 2) {
      const start = bounds[k]!
      const end = bounds[k + 1]!
      const last = k + 2 >= bounds.length
      const view: SentenceView = {
        start,
        end,
        text: this.text.slice(start, end),
        quantities: [],
        percentages: [],
        dates: [],
      }
      while (q < tagged.quantities.length && (last || tagged.quantities[q]!.start < end)) {
        view.quantities.push(tagged.quantities[q++]!)
      }
      while (p < tagged.percentages.length && (last || tagged.percentages[p]!.start < end)) {
        view.percentages.push(tagged.percentages[p++]!)
      }
      while (d < tagged.dates.length && (last || tagged.dates[d]!.start < end))
        view.dates.push(tagged.dates[d++]!)
      sentences.push(view)
    }
    return { start: para.start, end: para.end, sentences }
  }

  /** The node of a paragraph: sentences of tokens, and what lies between them. */
  paragraphNode(para: Para): Paragraph {
    const atoms = this.atomsAt(para.start)
    const children: Paragraph['children'] = []
    let cursor = para.start
    const bounds = para.sentences
    for (let k = 0; k < bounds.length; k += 2) {
      const start = bounds[k]!
      const end = bounds[k + 1]!
      if (cursor < start) this.fill(children as Array<WhiteSpace | Source>, cursor, start)
      const node: Sentence = {
        type: 'SentenceNode',
        children: this.tokens(start, end, atoms),
        position: this.position(start, end),
      }
      children.push(node)
      cursor = end
    }
    return { type: 'ParagraphNode', children, position: this.position(para.start, para.end) }
  }

  /** The view of a section and, recursively, of its subsections (in document order, into `flat`). */
  sectionView(sec: Sec, parent: SectionView | null): SectionView {
    const heading = sec.heading
    const path = parent === null ? [] : parent.path.slice()
    let reportHeading: ReportHeading | null = null
    if (heading !== null) {
      path.push(heading.title)
      reportHeading = {
        start: heading.start,
        end: heading.end,
        text: this.text.slice(heading.start, heading.end),
        title: heading.title,
        marker: heading.marker,
        style: heading.style,
        ordinal: heading.ordinal,
      }
      this.tag(heading.start, heading.end)
    }
    const view: SectionView = {
      start: sec.start,
      end: sec.end,
      id: sec.id,
      level: sec.level,
      kind: sec.kind,
      topic: sec.topic,
      heading: reportHeading,
      path,
      paragraphs: [],
      children: [],
      parentId: parent === null ? null : parent.id,
    }
    this.flat.push(view)
    for (const item of sec.items) {
      if (isSec(item)) view.children.push(this.sectionView(item, view))
      else view.paragraphs.push(this.paragraphView(item))
    }
    return view
  }

  /** The node of a section: heading, paragraphs, subsections and what lies between them. */
  sectionNode(sec: Sec): SectionNode {
    const heading = sec.heading
    const children: SectionContent[] = []
    let cursor = sec.start
    if (heading !== null) {
      children.push(this.heading(heading, sec.level))
      cursor = heading.end
    }
    for (const item of sec.items) {
      if (cursor < item.start) this.fill(children, cursor, item.start)
      children.push(isSec(item) ? this.sectionNode(item) : this.paragraphNode(item))
      cursor = item.end
    }
    return {
      type: 'SectionNode',
      children,
      position: this.position(sec.start, sec.end),
      data: { id: sec.id, kind: sec.kind, topic: sec.topic, level: sec.level },
    }
  }

  /** The root's children: sections and the page chrome and white space around them. */
  rootChildren(sections: readonly Sec[]): RootContent[] {
    this.nonContentIndex = 0
    this.lastPoint = null
    const children: RootContent[] = []
    let cursor = 0
    for (const sec of sections) {
      if (cursor < sec.start) this.fill(children, cursor, sec.start)
      children.push(this.sectionNode(sec))
      cursor = sec.end
    }
    this.fill(children, cursor, this.text.length)
    return children
  }
}

/**
 * Parse a normalized source into a positioned nlcst tree and the
 * `DocumentView` the extractors read.
 *
 * Page chrome (breadcrumbs, nav bars, metadata table lines, footers) and the
 * title line are kept as `SourceNode`s with `data.nonContent` and listed in
 * `document.nonContent` / `titles`; the body is split into sections
 * (preamble, numbered headings — on their own line or run into the text —,
 * unheaded shortcomings/plans parts, the signature block) with kinds and
 * 纲要 topics, then paragraphs, sentences and words. Numbers, money,
 * percentages and dates are `WordNode`s with `data.quantity` / `money` /
 * `percentage` / `date`. The tree's text is exactly `source.text`; its
 * positions are offsets into `source.original`.
 *
 * The views are made at once; the tree's nodes on the first read of
 * `tree.children` (then kept), so a caller that only reads the views does
 * not pay for them.
 *
 * @param source - The decoded, normalized input (see `loadSource`).
 * @param options - Report year and reference date for yearless dates.
 * @returns The tree, the document view, content warnings and the title spans.
 * @category Parser
 * @example
 * ```ts
 * const text = '2024年,我区…。现将有关情况报告如下:\n一、主要举措和成效\n共收到行政复议申请62宗。'
 * const source = { original: text, text, toOriginal: (start, end) => ({ start, end }), format: 'text', encoding: null, hints: {} }
 * const { document } = buildDocument(source)
 * document.sections.map((section) => [section.id, section.kind]) //=> [['preamble', 'preamble'], ['s1', 'achievements']]
 * document.flat[1].paragraphs[0].sentences[0].quantities[0].text //=> '62宗'
 * ```
 */
export function buildDocument(
  source: SourceText,
  options?: Readonly<BuildDocumentOptions> | null,
): BuildDocumentResult {
  const settings = options ?? emptyOptions
  const reportYear = settings.reportYear ?? null
  const structure = analyzeStructure(source.text, { reportYear })
  const dateOptions: DateOptions = { reportYear, referenceDate: settings.referenceDate ?? null }
  const messages = structure.messages
  const builder = new Builder(source, structure.nonContent, messages, dateOptions)
  const sections: SectionView[] = []
  for (const sec of structure.sections) sections.push(builder.sectionView(sec, null))
  const tree = lazyRoot(builder.position(0, source.text.length), () =>
    builder.rootChildren(structure.sections),
  )
  const nonContent: Span[] = []
  for (const span of structure.nonContent) {
    if (span.kind !== 'title' && span.kind !== 'addressee')
      nonContent.push({ start: span.start, end: span.end })
  }
  messages.sort((a, b) => (a.start ?? -1) - (b.start ?? -1))
  const document: DocumentView = { source, sections, flat: builder.flat, nonContent }
  return { tree, document, messages, titles: structure.titles, addressee: structure.addressee }
}

/**
 * A `SourceText` for plain text that needs no normalization (identity offsets).
 *
 * @param text - The text.
 * @returns A `SourceText` whose `text` and `original` are `text`.
 * @internal
 */
export function plainSource(text: string): SourceText {
  return {
    original: text,
    text,
    toOriginal: (start: number, end: number) => ({ start, end }),
    format: 'text',
    encoding: null,
    hints: {},
  }
}

/**
 * unified parser plugin: parse a report into the nlcst tree of
 * {@link buildDocument}. It reads the normalized source from
 * `file.data.source` (falling back to the file's value as plain,
 * already-normalized text, which it then stores there), stores the
 * `DocumentView` in `file.data.document`, and reports content warnings as
 * vfile messages (`source: 'fazhi-report'`, `ruleId` from `messageRules`,
 * `place` in the original input).
 *
 * @param options - Report year and reference date (default: none).
 * @returns Nothing (sets the processor's parser).
 * @category Parser
 * @example
 * ```ts
 * const file = new VFile({ value: text, data: { source: loadSource(text) } })
 * const tree = unified().use(reportParse).parse(file)
 * tree.children[0].type //=> 'SectionNode'
 * file.data.document.sections[0].kind //=> 'preamble'
 * ```
 */
export const reportParse: Plugin<[(Readonly<BuildDocumentOptions> | null | undefined)?], string, Root> =
  function (options) {
    const settings = options ?? emptyOptions
    this.parser = parser

    function parser(value: string, file: VFile): Root {
      let source = file.data.source
      if (source === undefined) {
        source = plainSource(value)
        file.data.source = source
      }
      const { tree, document, messages } = buildDocument(source, settings)
      file.data.document = document
      emitMessages(file, source, messages)
      return tree
    }
  }
