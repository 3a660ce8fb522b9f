import { readFileSync } from 'node:fs'
import type {
  DocumentView,
  ParagraphView,
  SectionView,
  SentenceView,
  SourceText,
} from '../../src/document.js'
import type { SectionKind } from '../../src/types.js'

/** A plain-text `SourceText`: the view is the input (identity offsets). */
export function textSource(
  text: string,
  hints: SourceText['hints'] = {},
  original: string = text,
): SourceText {
  return {
    original,
    text,
    toOriginal: (start, end) => ({ start, end }),
    format: 'text',
    encoding: null,
    hints,
  }
}

/** A hand-made section: where it starts (a unique substring), its kind, and whether that text is a heading. */
export interface SectionSpec {
  at: string
  kind: SectionKind
  heading?: boolean
  level?: number
  children?: SectionSpec[]
}

/**
 * Build a minimal `DocumentView` from specs: each section starts at the first occurrence of `at`
 * (searched after the previous section) and ends where the next one at the same or a higher level starts.
 */
export function documentOf(source: SourceText, specs: SectionSpec[] = []): DocumentView {
  const text = source.text
  const flat: SectionView[] = []
  let cursor = 0
  let counter = 0
  const build = (
    list: SectionSpec[],
    level: number,
    parentId: string | null,
    limit: number,
  ): SectionView[] => {
    const out: SectionView[] = []
    const starts: number[] = []
    for (const spec of list) {
      const at = text.indexOf(spec.at, cursor)
      if (at === -1) throw new Error(`not found: ${spec.at}`)
      starts.push(at)
      cursor = at + 1
    }
    cursor = starts[0] ?? cursor
    list.forEach((spec, index) => {
      const start = starts[index] as number
      const end = starts[index + 1] ?? limit
      counter++
      const id = spec.kind === 'preamble' || spec.kind === 'closing' ? spec.kind : `s${counter}`
      const lineEnd = text.indexOf('\n', start)
      const headingEnd = spec.heading
        ? lineEnd === -1 || lineEnd > end
          ? start + spec.at.length
          : lineEnd
        : start
      const section: SectionView = {
        id,
        start,
        end,
        level: spec.heading ? (spec.level ?? level) : 0,
        kind: spec.kind,
        topic: null,
        heading: spec.heading
          ? {
              start,
              end: headingEnd,
              text: text.slice(start, headingEnd),
              title: text
                .slice(start, headingEnd)
                .replace(/^\s*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))/, ''),
              marker: null,
              style: 'none',
              ordinal: null,
            }
          : null,
        path: [],
        paragraphs: [],
        children: [],
        parentId,
      }
      flat.push(section)
      cursor = start + 1
      section.children = spec.children ? build(spec.children, level + 1, id, end) : []
      out.push(section)
    })
    return out
  }
  const sections = build(specs, 1, null, text.length)
  flat.sort((a, b) => a.start - b.start)
  for (const section of flat) section.paragraphs = paragraphsOf(text, section)
  return { source, sections, flat, nonContent: [] }
}

/** The section's own text (after its heading, before its first child) as paragraphs of 。-sentences. */
function paragraphsOf(text: string, section: SectionView): ParagraphView[] {
  const from = section.heading ? section.heading.end : section.start
  const to = section.children[0]?.start ?? section.end
  const paragraphs: ParagraphView[] = []
  let start = from
  while (start < to) {
    let end = text.indexOf('\n', start)
    if (end === -1 || end > to) end = to
    const sentences: SentenceView[] = []
    let sentenceStart = start
    while (sentenceStart < end) {
      let sentenceEnd = text.indexOf('。', sentenceStart)
      sentenceEnd = sentenceEnd === -1 || sentenceEnd >= end ? end : sentenceEnd + 1
      const value = text.slice(sentenceStart, sentenceEnd)
      if (value.trim() !== '') {
        sentences.push({
          start: sentenceStart,
          end: sentenceEnd,
          text: value,
          quantities: [],
          percentages: [],
          dates: [],
        })
      }
      sentenceStart = sentenceEnd
    }
    if (sentences.length > 0) paragraphs.push({ start, end, sentences })
    start = end + 1
  }
  return paragraphs
}

/** Read a seed. */
export function seed(name: string): string {
  return readFileSync(new URL(`../fixtures/seeds/${name}.txt`, import.meta.url), 'utf8')
}

/** A section entry of a gold file (test/fixtures/<seed>.expected.json). */
export interface GoldSection {
  level: number
  marker: string | null
  title: string | null
  kind: SectionKind
  startsWith?: string
  children?: GoldSection[]
}

/** The parts of a gold file the metadata tests read. */
export interface Gold {
  file: string
  meta: Record<string, unknown>
  sections: GoldSection[]
  completeness: Record<string, boolean>
  timeliness: 'on_time' | 'late' | 'unknown'
}

/**
 * Build a `DocumentView` from a gold file's section list: each entry starts at its marker+title (headed)
 * or its `startsWith` (unheaded), searched in document order.
 */
export function documentFromGold(source: SourceText, gold: Gold): DocumentView {
  const toSpec = (section: GoldSection): SectionSpec => ({
    at: section.startsWith ?? `${section.marker ?? ''}${section.title ?? ''}`,
    kind: section.kind,
    heading: section.level > 0,
    level: section.level,
    ...(section.children?.length ? { children: section.children.map(toSpec) } : {}),
  })
  return documentOf(source, gold.sections.map(toSpec))
}
