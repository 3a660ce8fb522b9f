/**
 * Test helpers: build a small `DocumentView` by hand (independent of the parser).
 */

import type { DocumentView, ParagraphView, SectionView, SentenceView } from '../../src/document.js'
import { findDates, findPercentages, findQuantities } from '../../src/normalize/index.js'
import { plainSource } from '../../src/parser/index.js'
import type { CategoryId, SectionKind } from '../../src/types.js'

/** A section spec: heading title (or null), kind, topic, paragraphs, children. */
export interface SectionSpec {
  title?: string | null
  kind: SectionKind
  topic?: CategoryId | null
  paragraphs?: string[]
  children?: SectionSpec[]
}

/** A sentence view of a standalone string (offsets from `start`). */
export function sentenceOf(text: string, start = 0): SentenceView {
  const shift = <T extends { start: number; end: number }>(mention: T): T => ({
    ...mention,
    start: mention.start + start,
    end: mention.end + start,
  })
  return {
    start,
    end: start + text.length,
    text,
    quantities: findQuantities(text).map(shift),
    percentages: findPercentages(text).map(shift),
    dates: findDates(text).map(shift),
  }
}

/** Build a document: each section is `heading\nparagraph\nparagraph…`, sentences split after 。. */
export function makeDocument(specs: SectionSpec[]): DocumentView {
  let text = ''
  const flat: SectionView[] = []
  let counter = 0
  const build = (
    spec: SectionSpec,
    level: number,
    parent: SectionView | null,
    path: string[],
  ): SectionView => {
    const id = parent === null ? `s${++counter}` : `${parent.id}.${parent.children.length + 1}`
    const start = text.length
    let heading: SectionView['heading'] = null
    const title = spec.title ?? null
    if (title !== null) {
      heading = {
        start,
        end: start + title.length,
        text: title,
        title,
        marker: null,
        style: 'none',
        ordinal: null,
      }
      text += `${title}\n`
    }
    const section: SectionView = {
      id,
      level,
      kind: spec.kind,
      topic: spec.topic ?? null,
      heading,
      path: title === null ? path : [...path, title],
      paragraphs: [],
      children: [],
      parentId: parent?.id ?? null,
      start,
      end: start,
    }
    flat.push(section)
    for (const body of spec.paragraphs ?? []) {
      const paragraphStart = text.length
      const sentences: SentenceView[] = []
      let sentenceStart = 0
      for (let index = 0; index < body.length; index++) {
        if (body[index] === '。' || index === body.length - 1) {
          const piece = body.slice(sentenceStart, index + 1)
          sentences.push(sentenceOf(piece, paragraphStart + sentenceStart))
          sentenceStart = index + 1
        }
      }
      text += `${body}\n`
      const paragraph: ParagraphView = { start: paragraphStart, end: paragraphStart + body.length, sentences }
      section.paragraphs.push(paragraph)
    }
    for (const child of spec.children ?? [])
      section.children.push(build(child, level + 1, section, section.path))
    section.end = text.length
    return section
  }
  const sections = specs.map((spec) => build(spec, spec.kind === 'preamble' ? 0 : 1, null, []))
  return {
    source: plainSource(text),
    sections,
    flat,
    nonContent: [],
  }
}

/** A bare level-2 achievements section (no paragraphs) with a topic and an optional heading title. */
export function sectionStub(topic: CategoryId | null = null, title: string | null = null): SectionView {
  return {
    id: 's1',
    level: 2,
    kind: 'achievements',
    topic,
    heading:
      title === null
        ? null
        : { start: 0, end: 0, text: title, title, marker: null, style: 'none', ordinal: null },
    path: [],
    paragraphs: [],
    children: [],
    parentId: null,
    start: 0,
    end: 0,
  }
}
