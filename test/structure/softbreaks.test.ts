import { describe, expect, it } from 'vitest'
import { loadSource, parseReport } from '../../src/index.js'
import { analyzeStructure, isSec, type Sec } from '../../src/structure/index.js'
import { classifyLines, findSoftBreaks, scanLines, wrapWidth } from '../../src/structure/lines.js'
import { readSeed, rows, seeds } from './helpers.js'

const WIDTH = 38

/** ASCII letters, digits and the characters inside a number (`2,060` `8.3%`): never broken. */
function isNumberPart(char: string | undefined): boolean {
  return char !== undefined && /[0-9A-Za-z.,%]/.test(char)
}

/**
 * Hard-wrap every line longer than `width` the way a PDF copy does: a line
 * break every `width` characters, mid-sentence, but never inside a number.
 */
function hardWrap(text: string, width: number): string {
  const out: string[] = []
  for (const line of text.split('\n')) {
    let rest = line
    while (rest.length > width) {
      let cut = width
      while (cut > 1 && isNumberPart(rest[cut - 1]) && isNumberPart(rest[cut])) cut--
      if (cut <= 1) cut = width
      out.push(rest.slice(0, cut))
      rest = rest.slice(cut)
    }
    out.push(rest)
  }
  return out.join('\n')
}

/** Punctuation a ragged wrap may break after. */
const BREAK_AFTER = /[,;、:。)”》]/

/**
 * Hard-wrap at most `width` characters a line, the way ragged PDF copies do
 * (h7): the break falls after the last punctuation mark within `width`, or at
 * `width` when there is none (never inside a number).
 */
function raggedWrap(text: string, width: number): string {
  const out: string[] = []
  for (const line of text.split('\n')) {
    let rest = line
    while (rest.length > width) {
      let cut = width
      while (cut > 0 && !BREAK_AFTER.test(rest[cut - 1]!)) cut--
      if (cut === 0) {
        cut = width
        while (cut > 1 && isNumberPart(rest[cut - 1]) && isNumberPart(rest[cut])) cut--
      }
      out.push(rest.slice(0, cut))
      rest = rest.slice(cut)
    }
    out.push(rest)
  }
  return out.join('\n')
}

/** Every sentence of a section tree, in order, with its line breaks removed. */
function sentences(text: string, sections: readonly Sec[]): string[] {
  const out: string[] = []
  const walk = (sec: Sec): void => {
    for (const item of sec.items) {
      if (isSec(item)) {
        walk(item)
        continue
      }
      for (let k = 0; k < item.sentences.length; k += 2) {
        out.push(text.slice(item.sentences[k], item.sentences[k + 1]).replaceAll('\n', ''))
      }
    }
  }
  for (const sec of sections) walk(sec)
  return out
}

function facts(input: string): string[] {
  return parseReport(input).facts.map(
    (fact) => `${fact.indicator} ${fact.value} ${fact.unit} ${fact.text.replaceAll('\n', '')}`,
  )
}

function softBreaksOf(text: string): Uint8Array | null {
  const lines = scanLines(text)
  classifyLines(text, lines)
  return findSoftBreaks(text, lines)
}

describe('hard-wrapped seeds (every paragraph wrapped at 38 characters)', () => {
  for (const name of seeds) {
    const original = readSeed(name)
    const wrapped = hardWrap(original, WIDTH)
    const view = loadSource(original).text
    const wrappedView = loadSource(wrapped).text

    it(`${name}: is detected as hard-wrapped, the original is not`, () => {
      expect(wrapped).not.toBe(original)
      expect(softBreaksOf(view)).toBeNull()
      expect(softBreaksOf(wrappedView)).not.toBeNull()
    })

    it(`${name}: yields the same sections and sentences`, () => {
      const before = analyzeStructure(view)
      const after = analyzeStructure(wrappedView)
      expect(rows(after.sections)).toEqual(rows(before.sections))
      expect(sentences(wrappedView, after.sections)).toEqual(sentences(view, before.sections))
    })

    it(`${name}: yields the same facts when wrapped raggedly, with offsets into the wrapped input`, () => {
      const ragged = raggedWrap(original, WIDTH)
      expect(softBreaksOf(loadSource(ragged).text)).not.toBeNull()
      expect(facts(ragged)).toEqual(facts(original))
      for (const fact of parseReport(ragged).facts) expect(ragged.slice(fact.start, fact.end)).toBe(fact.text)
    })
  }
})

describe('soft breaks', () => {
  const wrappedReport = [
    '某区2024年法治政府建设年度报告',
    '2024年,某区坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十',
    '大精神,扎实推进法治政府建设各项任务落地见效。现将有关情况报告如下。',
    '一、健全社会矛盾纠纷行政预防调处化解体系',
    '区政府全年共接到行政复议申请318件,较上年增加107件,受理276件,',
    '审结254件,纠错21件,纠错率8.3%',
    '。全区劳动人事争议仲裁院处置欠薪问题线索184宗,为2,060名',
    '劳动者追回工资待遇,涉及金额2,714万元。全区人民调解组织调解纠纷',
    '5,402件,调解成功率99.2%。',
    '二、存在的不足和原因',
    '一是法治政府建设区域间、部门间推进不够平衡,个别部门主要负责人对法治建设重视',
    '程度不够。二是基层行政执法人员专业素质参差不齐,执法不规范问题仍有发生,有待',
    '加强。',
    '',
    '某区人民政府',
    '2025年3月10日',
  ].join('\n')

  it('joins lines across a break inside a sentence, keeping offsets', () => {
    const { sections } = analyzeStructure(wrappedReport)
    expect(rows(sections)).toEqual([
      [0, null, null, 'preamble'],
      [1, '一、', '健全社会矛盾纠纷行政预防调处化解体系', 'achievements'],
      [1, '二、', '存在的不足和原因', 'shortcomings'],
      [0, null, null, 'closing'],
    ])
    const all = sentences(wrappedReport, sections)
    expect(all).toContain(
      '2024年,某区坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大精神,扎实推进法治政府建设各项任务落地见效。',
    )
    expect(all).toContain(
      '全区劳动人事争议仲裁院处置欠薪问题线索184宗,为2,060名劳动者追回工资待遇,涉及金额2,714万元。',
    )
    expect(all).toContain(
      '区政府全年共接到行政复议申请318件,较上年增加107件,受理276件,审结254件,纠错21件,纠错率8.3%。',
    )
    expect(all).toContain('全区人民调解组织调解纠纷5,402件,调解成功率99.2%。')
    expect(all.at(-2)).toBe('某区人民政府')
    expect(all.at(-1)).toBe('2025年3月10日')
    // The sentence span is the original text, line break included.
    const s1 = sections[1]!
    const para = s1.items.find((item) => !isSec(item) && wrappedReport.slice(item.start).startsWith('区政府'))
    expect(para && !isSec(para) ? wrappedReport.slice(para.start, para.end) : '').toContain('276件,\n审结')
  })

  it('keeps the heading line and the line after a sentence end as boundaries', () => {
    const { sections } = analyzeStructure(wrappedReport)
    const shortcomings = sections[2]!
    expect(shortcomings.heading?.title).toBe('存在的不足和原因')
    expect(sentences(wrappedReport, [shortcomings])).toEqual([
      '一是法治政府建设区域间、部门间推进不够平衡,个别部门主要负责人对法治建设重视程度不够。',
      '二是基层行政执法人员专业素质参差不齐,执法不规范问题仍有发生,有待加强。',
    ])
  })

  it('binds numbers to keywords on the line before', () => {
    const found = parseReport(wrappedReport).facts.map((fact) => [fact.indicator, fact.text])
    expect(found).toContainEqual(['reconsideration.concluded', '254件'])
    expect(found).toContainEqual(['reconsideration.corrected', '21件'])
    expect(found).toContainEqual(['disputes.wage_arrears', '2,714万元'])
    expect(found).toContainEqual(['disputes.mediation_cases', '5,402件'])
    for (const fact of parseReport(wrappedReport).facts) {
      expect(wrappedReport.slice(fact.start, fact.end)).toBe(fact.text)
    }
  })

  it('leaves a document of one-line paragraphs with short heading lines unchanged', () => {
    const text = [
      '某县2024年法治政府建设工作情况报告',
      '2024年,我县坚持以习近平法治思想为指导,扎实推进法治政府建设。',
      '一、主要举措和成效',
      '(一)深入学习贯彻习近平法治思想',
      '县政府常务会议全年会前学法12次,组织全县1,200余名公职人员参加年度学法用法考试,参考率100%',
      '(二)严格规范公正文明执法',
      '全县行政执法机关办理行政处罚案件2,214宗,同比下降9.7%',
      '二、存在的不足',
      '基层行政执法人员专业素质参差不齐',
      '三、下一步工作打算',
      '持续发挥行政复议化解行政争议主渠道作用',
    ].join('\n')
    const lines = scanLines(text)
    classifyLines(text, lines)
    expect(wrapWidth(text, lines)).toBe(0)
    expect(findSoftBreaks(text, lines)).toBeNull()
    const { sections } = analyzeStructure(text)
    expect(rows(sections).map((row) => row.slice(0, 3))).toEqual([
      [0, null, null],
      [1, '一、', '主要举措和成效'],
      [2, '(一)', '深入学习贯彻习近平法治思想'],
      [2, '(二)', '严格规范公正文明执法'],
      [1, '二、', '存在的不足'],
      [1, '三、', '下一步工作打算'],
    ])
    // Every line stays its own sentence.
    expect(sentences(text, sections)).toContain('全县行政执法机关办理行政处罚案件2,214宗,同比下降9.7%')
    expect(sentences(text, sections)).toContain('基层行政执法人员专业素质参差不齐')
  })

  it('does not join lines separated by a blank line or a short line', () => {
    const lines = [
      '区政府全年共接到行政复议申请318件,较上年增加107件,受理276件,其中',
      '审结254件,纠错21件,纠错率8.3%,全区行政机关作为被告的一审行政',
      '',
      '诉讼案件141件,行政机关负责人出庭应诉比例100%,败诉率降至4.2%',
      '全区信访部门受理',
      '群众信访事项2,836件次,同比下降12.1%,区劳动人事争议仲裁院受理',
      '调解案件716宗、仲裁案件309宗,处置欠薪问题线索184宗。',
    ]
    const text = lines.join('\n')
    const scanned = scanLines(text)
    classifyLines(text, scanned)
    expect(Array.from(findSoftBreaks(text, scanned) ?? [])).toEqual([1, 0, 1, 0, 1, 0])
  })
})
