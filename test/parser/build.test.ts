import type { Root, RootContent } from 'nlcst'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import type { SectionView, SourceText } from '../../src/document.js'
import { buildDocument, findTitleCandidates, reportParse } from '../../src/parser/index.js'
import type { HeadingNode, SectionNode } from '../../src/parser/types.js'
import { plainSource, readSeed, seeds } from '../structure/helpers.js'

type AnyNode = Root | RootContent | HeadingNode | SectionNode

function toText(node: AnyNode): string {
  if ('value' in node) return node.value
  return (node.children as AnyNode[]).map(toText).join('')
}

function walk(node: AnyNode, visit: (node: AnyNode) => void): void {
  visit(node)
  if ('children' in node) for (const child of node.children as AnyNode[]) walk(child, visit)
}

function collect(sections: readonly SectionView[], out: SectionView[] = []): SectionView[] {
  for (const section of sections) {
    out.push(section)
    collect(section.children, out)
  }
  return out
}

function checkNesting(sections: readonly SectionView[], lower: number, upper: number): void {
  let previousEnd = lower
  for (const section of sections) {
    expect(section.start).toBeGreaterThanOrEqual(previousEnd)
    expect(section.end).toBeGreaterThanOrEqual(section.start)
    expect(section.end).toBeLessThanOrEqual(upper)
    if (section.heading) {
      expect(section.heading.start).toBe(section.start)
      expect(section.heading.end).toBeLessThanOrEqual(section.end)
    }
    for (const paragraph of section.paragraphs) {
      expect(paragraph.start).toBeGreaterThanOrEqual(section.start)
      expect(paragraph.end).toBeLessThanOrEqual(section.end)
      for (const child of section.children) {
        expect(paragraph.end <= child.start || paragraph.start >= child.end).toBe(true)
      }
    }
    checkNesting(section.children, section.start, section.end)
    previousEnd = section.end
  }
}

describe('buildDocument over the seeds', () => {
  for (const name of seeds) {
    const text = readSeed(name)
    const result = buildDocument(plainSource(text))

    it(`${name}: the tree holds exactly the text, positioned in the original`, () => {
      expect(toText(result.tree)).toBe(text)
      walk(result.tree, (node) => {
        const position = node.position!
        expect(position.start.offset).toBeGreaterThanOrEqual(0)
        expect(position.end.offset!).toBeLessThanOrEqual(text.length)
        expect(text.slice(position.start.offset, position.end.offset)).toBe(toText(node))
      })
    })

    it(`${name}: sections nest, siblings are ordered and disjoint, flat is depth-first`, () => {
      const { sections, flat } = result.document
      checkNesting(sections, 0, text.length)
      expect(flat).toEqual(collect(sections))
      for (const section of flat) {
        for (const child of section.children) expect(child.parentId).toBe(section.id)
        for (const paragraph of section.paragraphs) {
          for (const sentence of paragraph.sentences) {
            expect(sentence.start).toBeGreaterThanOrEqual(paragraph.start)
            expect(sentence.end).toBeLessThanOrEqual(paragraph.end)
            expect(sentence.text).toBe(text.slice(sentence.start, sentence.end))
            for (const mention of [...sentence.quantities, ...sentence.percentages, ...sentence.dates]) {
              expect(mention.start).toBeGreaterThanOrEqual(sentence.start)
              expect(mention.start).toBeLessThan(sentence.end)
              expect(text.slice(mention.start, mention.end)).toBe(mention.text)
            }
          }
        }
      }
    })

    it(`${name}: chrome is SourceNode outside the sections and listed in nonContent`, () => {
      for (const span of result.document.nonContent) {
        for (const section of result.document.sections) {
          expect(span.end <= section.start || span.start >= section.end).toBe(true)
        }
      }
      const chrome: string[] = []
      walk(result.tree, (node) => {
        if (node.type === 'SourceNode' && node.data?.nonContent === 'chrome') chrome.push(node.value)
      })
      expect(chrome.length).toBe(result.document.nonContent.length - countHeaders(result))
    })

    it(`${name}: is deterministic`, () => {
      const again = buildDocument(plainSource(text))
      expect(JSON.stringify(again.tree)).toBe(JSON.stringify(result.tree))
      expect(JSON.stringify(again.document.sections)).toBe(JSON.stringify(result.document.sections))
      expect(again.messages).toEqual(result.messages)
    })
  }
})

function countHeaders(result: ReturnType<typeof buildDocument>): number {
  let count = 0
  walk(result.tree, (node) => {
    if (node.type === 'SourceNode' && node.data?.nonContent === 'header') count++
  })
  return count
}

describe('tree content', () => {
  const text = readSeed('000_0414d3b711716db3')
  const { tree, document } = buildDocument(plainSource(text))

  it('tags quantities, percentages and dates as WordNode data', () => {
    const words = new Map<string, unknown>()
    walk(tree, (node) => {
      if (node.type === 'WordNode' && node.data) words.set(toText(node), node.data)
    })
    expect(words.get('62宗')).toMatchObject({ quantity: { value: 62, unit: '宗' } })
    expect(words.get('93.03%')).toMatchObject({ percentage: { value: 93.03 } })
    expect(words.get('4368万元')).toMatchObject({ money: { value: 43680000 } })
    expect(words.get('2024年')).toMatchObject({ date: { start: '2024-01-01' } })
  })

  it('distributes mentions to their sentences', () => {
    const sentence = document.flat
      .flatMap((section) => section.paragraphs)
      .flatMap((paragraph) => paragraph.sentences)
      .find((s) => s.text.includes('共收到行政复议申请62宗'))!
    expect(sentence.quantities.map((q) => q.text)).toEqual(['62宗', '53宗', '58宗', '18宗', '17宗', '3宗'])
  })

  it('keeps a Han run as one word and 《…》 as its own word', () => {
    const { tree: small } = buildDocument(plainSource('一、主要举措和成效\n印发《工作方案》,办理案件5宗。'))
    const paragraph = (small.children[0] as SectionNode).children.find((c) => c.type === 'ParagraphNode')!
    const sentence = paragraph.children[0]!
    expect(
      'children' in sentence ? sentence.children.map((n) => [n.type, toText(n as AnyNode)]) : [],
    ).toEqual([
      ['WordNode', '印发'],
      ['PunctuationNode', '《'],
      ['WordNode', '工作方案'],
      ['PunctuationNode', '》'],
      ['PunctuationNode', ','],
      ['WordNode', '办理案件'],
      ['WordNode', '5宗'],
      ['PunctuationNode', '。'],
    ])
  })

  it('does not report dates inside 《…》 titles', () => {
    const { document: doc } = buildDocument(
      plainSource(
        '一、主要举措和成效\n印发《提升行政执法质量三年行动计划(2023—2025年)》。2024年,办理案件5宗。',
      ),
    )
    const sentences = doc.flat[0]!.paragraphs[0]!.sentences
    expect(sentences.flatMap((s) => s.dates.map((d) => d.text))).toEqual(['2024年'])
  })

  it('gives headings their marker, style, ordinal and title', () => {
    const section = tree.children.find((c) => c.type === 'SectionNode' && c.data.id === 's1') as SectionNode
    const heading = section.children[0] as HeadingNode
    expect(heading.type).toBe('HeadingNode')
    expect(heading.data).toEqual({
      marker: '一、',
      style: 'cn-comma',
      ordinal: 1,
      title: '2024年度法治政府建设情况',
      level: 1,
    })
    expect(section.data).toEqual({ id: 's1', kind: 'achievements', topic: null, level: 1 })
  })

  it('exposes the title line and keeps it out of nonContent', () => {
    const result = buildDocument(plainSource(text))
    expect(result.titles.map((span) => text.slice(span.start, span.end))).toEqual([
      '濠江区2024年法治政府建设年度报告',
    ])
    for (const span of result.document.nonContent)
      expect(text.slice(span.start, span.end)).not.toBe('濠江区2024年法治政府建设年度报告')
  })

  it('exposes the addressee (seed 002)', () => {
    const seed = readSeed('002_12f066875d9f6aed')
    const result = buildDocument(plainSource(seed))
    expect(result.addressee && seed.slice(result.addressee.start, result.addressee.end)).toBe('中共兴宁市委:')
  })
})

describe('sentences', () => {
  function sentences(body: string): string[] {
    const { document } = buildDocument(plainSource(`一、主要举措和成效\n${body}`))
    return document.flat[0]!.paragraphs.flatMap((p) => p.sentences.map((s) => s.text))
  }

  it('splits after 。!? and ……, keeping closing quotes', () => {
    expect(sentences('开展“法律六进”活动。”办理案件12宗!是否完成?已完成……下一步继续。')).toEqual([
      '开展“法律六进”活动。”',
      '办理案件12宗!',
      '是否完成?',
      '已完成……',
      '下一步继续。',
    ])
  })

  it('never splits inside 1.5 or 93.03% and ends a sentence at a line break', () => {
    expect(sentences('办理1.5万件,网上可办率达93.03%\n第二行。')).toEqual([
      '办理1.5万件,网上可办率达93.03%',
      '第二行。',
    ])
  })
})

describe('positions with a mapped source', () => {
  it('maps view offsets to the original and counts lines there', () => {
    const text = '一、主要举措和成效\n办理案件5宗。'
    const original = `<p>\r\n${text}`
    const source: SourceText = {
      original,
      text,
      toOriginal: (start, end) => ({ start: start + 5, end: end + 5 }),
      format: 'html',
      encoding: null,
      hints: {},
    }
    const { tree } = buildDocument(source)
    let word: AnyNode | undefined
    walk(tree, (node) => {
      if (node.type === 'WordNode' && toText(node) === '5宗') word = node
    })
    const position = word!.position!
    expect(original.slice(position.start.offset, position.end.offset)).toBe('5宗')
    expect(position.start.line).toBe(3)
    expect(position.start.column).toBe(5)
  })
})

describe('messages', () => {
  it('reports template residue', () => {
    const { messages } = buildDocument(plainSource('一、主要举措和成效\n共召开会议*次,办理案件XX件。'))
    expect(messages.map((m) => [m.ruleId, m.actual])).toEqual([
      ['template-residue', '*次'],
      ['template-residue', 'XX件'],
    ])
  })
})

describe('reportParse', () => {
  it('parses through unified, storing the DocumentView and emitting vfile messages', () => {
    const text = '一、甲项工作\n内容。\n三、丙项工作\n内容。'
    const file = new VFile({ value: text, data: { source: plainSource(text) } })
    const processor = unified().use(reportParse)
    const tree = processor.parse(file)
    expect(tree.type).toBe('RootNode')
    expect(tree.children.map((c) => c.type)).toEqual(['SectionNode', 'WhiteSpaceNode', 'SectionNode'])
    expect(file.data.document?.sections.map((s) => s.id)).toEqual(['s1', 's2'])
    expect(
      file.messages.map((m) => [
        m.ruleId,
        m.source,
        m.actual,
        m.place && 'start' in m.place ? m.place.start.offset : null,
      ]),
    ).toEqual([['heading-skip', 'fazhi-report', '三、', 11]])
  })

  it('falls back to the file value when file.data.source is missing', () => {
    const file = new VFile({ value: '2024年,我区…。现将有关情况报告如下:\n一、主要举措和成效\n内容。' })
    unified().use(reportParse, { reportYear: 2024 }).parse(file)
    expect(file.data.source?.format).toBe('text')
    expect(file.data.document?.sections.map((s) => s.kind)).toEqual(['preamble', 'achievements'])
  })
})

describe('findTitleCandidates', () => {
  it('returns the same title spans as buildDocument', () => {
    for (const name of seeds) {
      const text = readSeed(name)
      const result = buildDocument(plainSource(text))
      expect(findTitleCandidates(result.document)).toEqual(result.titles)
    }
  })
})
