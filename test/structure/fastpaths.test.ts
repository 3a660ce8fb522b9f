import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isSpace } from '../../src/parser/chars.js'
import { SPACE } from '../../src/structure/chars.js'
import {
  findTopicHits,
  findTopicHitsIn,
  headingScores,
  headingTopic,
  kindOfHeading,
  TIED_TOPIC,
} from '../../src/structure/classify.js'
import { MarkerStarts, TerminatorCursor } from '../../src/structure/cursors.js'
import { analyzeStructure, splitParagraphs } from '../../src/structure/index.js'
import {
  categories,
  kindCues,
  PhraseMatcher,
  subsectionKindCues,
  topicKeywords,
  topicMatcher,
} from '../../src/structure/keywords.js'
import { type MarkerRead, markerAtRe, parseCnOrdinal, readMarkerAt } from '../../src/structure/markers.js'
import { splitSentences } from './split-sentences.js'

/** Paragraphs as the structure stage made them before the terminator search: `splitSentences`, cut at white space. */
function referenceParagraphs(
  text: string,
  start: number,
  end: number,
): Array<{ start: number; end: number; sentences: number[] }> {
  const sentences = splitSentences(text, start, end)
  const out: Array<{ start: number; end: number; sentences: number[] }> = []
  let from = 0
  for (let k = 2; k <= sentences.length; k += 2) {
    if (k === sentences.length || sentences[k]! > sentences[k - 1]!) {
      const own = sentences.slice(from, k)
      out.push({ start: own[0]!, end: own[own.length - 1]!, sentences: own })
      from = k
    }
  }
  return out
}

/** Longest-first, non-overlapping phrase scan done the slow way (for comparison). */
function referenceHits(
  phrases: ReadonlyArray<readonly [string, number]>,
  text: string,
  start: number,
  end: number,
): number[] {
  const out: number[] = []
  for (let i = start; i < end; i++) {
    let best: readonly [string, number] | null = null
    for (const entry of phrases) {
      if (
        i + entry[0].length <= end &&
        text.startsWith(entry[0], i) &&
        (best === null || entry[0].length > best[0].length)
      ) {
        best = entry
      }
    }
    if (best !== null) {
      out.push(i, best[1])
      i += best[0].length - 1
    }
  }
  return out
}

/** Text made of topic phrases, their fragments and separators. */
const phraseText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...Object.values(topicKeywords).flat()),
      fc.constantFrom('行', '政', '法', '执', '监', '督', '一', '(', ')', '。', ' ', '\n', '和', '是'),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''))

describe('structure fast paths', () => {
  it('SPACE is the white space of the parser (every code unit)', () => {
    for (let code = 0; code < 0x10000; code++) {
      if ((SPACE[code] === 1) !== isSpace(code)) throw new Error(`differs at U+${code.toString(16)}`)
    }
  })

  it('splitParagraphs splits sentences as splitSentences does', () => {
    const unit = fc.constantFrom(
      '法',
      '治',
      '。',
      '!',
      '?',
      '…',
      '……',
      '”',
      ')',
      "'",
      '」',
      ' ',
      '\u3000',
      '\n',
      ',',
    )
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('')
        const start = a % (text.length + 1)
        const end = start + (b % (text.length - start + 1))
        expect(splitParagraphs(text, start, end)).toEqual(referenceParagraphs(text, start, end))
      }),
      { numRuns: 2000 },
    )
  })

  it('keeps an ellipsis cut by the range end in the sentence', () => {
    expect(splitParagraphs('办结……', 0, 3)).toEqual([{ start: 0, end: 3, sentences: [0, 3] }])
    expect(splitParagraphs('办结……后来', 0, 6)).toEqual([{ start: 0, end: 6, sentences: [0, 4, 4, 6] }])
  })

  it('PhraseMatcher finds the longest phrase first, without overlaps', () => {
    const matcher = new PhraseMatcher({
      enforcement: ['执法', '行政执法', '执法监督'],
      oversight: ['监督', '政务公开'],
    })
    const phrases = matcher.categoryList.flatMap((category, value) =>
      ({ enforcement: ['执法', '行政执法', '执法监督'], oversight: ['监督', '政务公开'] })[
        category as 'enforcement'
      ].map((phrase) => [phrase, value] as const),
    )
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('执', '法', '行', '政', '监', '督', '务', '公', '开', '。'), {
          maxLength: 30,
        }),
        (parts) => {
          const text = parts.join('')
          const positions: number[] = []
          const values: number[] = []
          matcher.collect(text, 0, text.length, positions, values)
          expect(positions.flatMap((at, k) => [at, values[k]!])).toEqual(
            referenceHits(phrases, text, 0, text.length),
          )
        },
      ),
      { numRuns: 1000 },
    )
  })

  it('PhraseMatcher handles one-unit phrases (no skipping then)', () => {
    const matcher = new PhraseMatcher({ rules: ['文', '文件'] })
    const positions: number[] = []
    const values: number[] = []
    expect(matcher.collect('文件和文', 0, 4, positions, values)).toBe(2)
    expect(positions).toEqual([0, 3])
    const counts = new Int32Array(1)
    matcher.count('文件和文', 0, 4, counts)
    expect(counts[0]).toBe(2)
  })

  it('topicMatcher agrees with the slow scan on phrase-dense text', () => {
    const phrases = Object.entries(topicKeywords).flatMap(([category, list]) =>
      list.map((phrase) => [phrase, categories.indexOf(category as (typeof categories)[number])] as const),
    )
    // A phrase listed twice keeps its first category.
    const seen = new Set<string>()
    const unique = phrases.filter(([phrase]) => !seen.has(phrase) && seen.add(phrase))
    fc.assert(
      fc.property(phraseText, (text) => {
        const hits = findTopicHits(text, 0, text.length)
        expect(hits.positions.flatMap((at, k) => [at, hits.categories[k]!])).toEqual(
          referenceHits(unique, text, 0, text.length),
        )
      }),
      { numRuns: 500 },
    )
  })

  it('findTopicHitsIn finds the whole-range hits inside its ranges', () => {
    fc.assert(
      fc.property(
        phraseText,
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }),
        fc.nat(),
        fc.nat(),
        (text, pairs, a, b) => {
          const start = a % (text.length + 1)
          const end = start + (b % (text.length - start + 1))
          const ranges = pairs.flatMap(([x, y]) => {
            const from = x % (text.length + 1)
            return [from, from + (y % (text.length - from + 1))]
          })
          const whole = findTopicHits(text, start, end)
          const part = findTopicHitsIn(text, start, end, ranges)
          const inside = (at: number): boolean => {
            for (let k = 0; k < ranges.length; k += 2)
              if (at >= ranges[k]! && at < ranges[k + 1]!) return true
            return false
          }
          const expected: number[] = []
          whole.positions.forEach((at, k) => {
            if (inside(at)) expected.push(at, whole.categories[k]!)
          })
          const actual: number[] = []
          part.positions.forEach((at, k) => {
            if (inside(at)) actual.push(at, part.categories[k]!)
          })
          expect(actual).toEqual(expected)
          // Sorted, as score() needs.
          expect([...part.positions].sort((x, y) => x - y)).toEqual(part.positions)
        },
      ),
      { numRuns: 1000 },
    )
  })

  it('headingTopic agrees with headingScores', () => {
    for (const title of [
      '依法全面履行政府职能',
      '行政复议和行政执法',
      '主要举措和成效',
      '文件及决策管理还需进一步加强',
    ]) {
      const scores = headingScores(title)
      const max = Math.max(...scores)
      const best = scores.indexOf(max)
      const expected = max === 0 ? -1 : scores.indexOf(max, best + 1) !== -1 ? TIED_TOPIC : best
      expect(headingTopic(title)).toBe(expected)
    }
    expect(topicMatcher.categoryList).toEqual(categories)
  })
})

/** Text made of marker parts: numerals, 第…部分/章/篇, brackets, 、 and . and some Han. */
const markerText = fc
  .array(
    fc.constantFrom(
      '第',
      '部分',
      '部',
      '章',
      '篇',
      '(',
      ')',
      '一',
      '二',
      '三',
      '十',
      '两',
      '零',
      '1',
      '2',
      '0',
      '9',
      '、',
      '.',
      '。',
      ' ',
      '\n',
      '法',
      '治',
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''))

describe('structure search fast paths', () => {
  it('readMarkerAt reads what markerAtRe matches', () => {
    const out: MarkerRead = { style: 'none', ordinal: null, end: 0 }
    fc.assert(
      fc.property(markerText, (text) => {
        for (let p = 0; p <= text.length; p++) {
          markerAtRe.lastIndex = p
          const match = markerAtRe.exec(text)
          expect(readMarkerAt(text, p, out)).toBe(match !== null)
          if (match === null) continue
          const [, ordinalGroup, cnParen, cnComma, arabicParen] = match
          const style =
            ordinalGroup !== undefined
              ? 'cn-ordinal'
              : cnParen !== undefined
                ? 'cn-paren'
                : cnComma !== undefined
                  ? 'cn-comma'
                  : arabicParen !== undefined
                    ? 'arabic-paren'
                    : 'arabic'
          const numeral = ordinalGroup ?? cnParen ?? cnComma
          const ordinal = numeral !== undefined ? parseCnOrdinal(numeral) : Number(arabicParen ?? match[5])
          expect(out).toEqual({ style, ordinal, end: p + match[0].length })
        }
      }),
      { numRuns: 3000 },
    )
  })

  it('MarkerStarts passes no position a marker starts at', () => {
    fc.assert(
      fc.property(markerText, fc.array(fc.nat(), { maxLength: 4 }), (text, jumps) => {
        const starts = new MarkerStarts(text)
        // Increasing queries (with jumps), then one going back to the start.
        let from = 0
        for (const jump of [...jumps, -1]) {
          if (jump === -1) from = 0
          const at = starts.next(from)
          expect(at).toBeGreaterThanOrEqual(from)
          expect(at).toBeLessThanOrEqual(text.length)
          for (let p = from; p < at; p++) {
            markerAtRe.lastIndex = p
            expect(markerAtRe.test(text)).toBe(false)
          }
          from = Math.min(text.length, at + 1 + (jump % 4))
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('TerminatorCursor finds what /[。!?]|……/g finds, in any query order', () => {
    const terminatorRe = /[。!?]|……/g
    const unit = fc.constantFrom('法', '。', '!', '?', '…', '……', '”', ' ')
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (parts, queries) => {
          const text = parts.join('')
          const cursor = new TerminatorCursor(text)
          for (const query of queries) {
            const position = query % (text.length + 1)
            terminatorRe.lastIndex = position
            const match = terminatorRe.exec(text)
            expect(cursor.next(position)).toBe(match === null ? text.length : match.index)
          }
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('kindOfHeading returns the kind of the first cue that matches', () => {
    const cueText = fc
      .array(
        fc.constantFrom(
          '整改',
          '上一年度',
          '存在的',
          '问题',
          '不足',
          '和',
          '原因',
          '下一步',
          '工作',
          '计划',
          '思路',
          '其他',
          '需要',
          '报告',
          '第一责任人',
          '主要',
          '举措',
          '成效',
          '法治政府建设',
          '情况',
          '短板',
          '薄弱环节',
          '努力方向',
          '推进',
          '基本',
          '督察反馈',
          '反馈问题',
          '加强',
          '执法',
        ),
        { maxLength: 6 },
      )
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(cueText, (title) => {
        for (const [subsection, cues] of [
          [false, kindCues],
          [true, subsectionKindCues],
        ] as const) {
          const expected = cues.find(([, cue]) => cue.test(title))?.[0] ?? null
          expect(kindOfHeading(title, subsection)).toBe(expected)
        }
      }),
      { numRuns: 3000 },
    )
  })

  it('headingTopic is the single category headingScores counts most often', () => {
    fc.assert(
      fc.property(phraseText, fc.boolean(), (text, withFile) => {
        const title = withFile ? `${text}文件` : text
        const scores = headingScores(title)
        const max = Math.max(...scores)
        const best = scores.indexOf(max)
        const expected = max === 0 ? -1 : scores.indexOf(max, best + 1) !== -1 ? TIED_TOPIC : best
        expect(headingTopic(title)).toBe(expected)
      }),
      { numRuns: 1000 },
    )
  })
})

describe('heading boundaries', () => {
  const titles = (text: string): string[] =>
    analyzeStructure(text).headings.map((h) => `${h.marker}${h.title}`)

  it('takes a marker after any white space but a line feed inside a block', () => {
    for (const space of [' ', '\u3000', '\u00a0', '\u2003', '\t']) {
      expect(titles(`一、总体情况\n全年办结。${space}(一)加强执法 全年检查。`)).toEqual([
        '一、总体情况',
        '(一)加强执法',
      ])
    }
  })

  it('takes a marker after a closing quote only when a sentence end precedes it', () => {
    expect(titles('一、总体情况\n他说“办结。”(一)加强执法 全年检查。')).toEqual([
      '一、总体情况',
      '(一)加强执法',
    ])
    expect(titles('一、总体情况\n他说“办结”(一)加强执法 全年检查。')).toEqual(['一、总体情况'])
  })

  it('takes a marker fused to the previous heading after white space', () => {
    expect(titles('一、总体情况   (一)加强执法 全年检查。')).toEqual(['一、总体情况', '(一)加强执法'])
  })

  it('reads every marker form the quick test lets through', () => {
    expect(
      titles('第一部分 总体情况\n一、主要举措\n(一)加强执法\n1.执法检查\n(1)双随机抽查\n十二、其他事项'),
    ).toEqual([
      '第一部分总体情况',
      '一、主要举措',
      '(一)加强执法',
      '1.执法检查',
      '(1)双随机抽查',
      '十二、其他事项',
    ])
  })

  it('finds no marker in a year or a run-in 一是 after a sentence end', () => {
    expect(titles('一、总体情况\n全年办结。2024年,一是加强执法。一是推进公开。')).toEqual(['一、总体情况'])
  })
})
