import { describe, expect, it } from 'vitest'
import { analyzeStructure } from '../../src/structure/index.js'
import { rows } from './helpers.js'

function headings(text: string): Array<[number, string, string]> {
  return analyzeStructure(text).headings.map((h) => [h.level, h.marker, h.title])
}

describe('headings run into the text', () => {
  it('ends a mid-line heading at the next space (seed 002 style)', () => {
    const text =
      '2024年,我市坚持依法行政。现将有关情况汇报如下: 一、深入贯彻落实习近平法治思想,建设更高水平法治政府 (一)持续贯彻落实党的二十届三中全会精神 通过市政府党组会议学习。 (二)切实履行第一责任人职责 市政府主要负责同志积极履职。'
    expect(headings(text)).toEqual([
      [1, '一、', '深入贯彻落实习近平法治思想,建设更高水平法治政府'],
      [2, '(一)', '持续贯彻落实党的二十届三中全会精神'],
      [2, '(二)', '切实履行第一责任人职责'],
    ])
  })

  it('ends a heading at 。 or before a run-in 一是 (seed 004 style)', () => {
    const text =
      '一、坚持党的领导,法治政府建设纵深推进。一是持续深入学习。\n二、坚持转变职能,法治化营商环境优化升级一是深入推进“放管服”改革。'
    expect(headings(text)).toEqual([
      [1, '一、', '坚持党的领导,法治政府建设纵深推进'],
      [1, '二、', '坚持转变职能,法治化营商环境优化升级'],
    ])
  })

  it('takes the phrase before 。 as the title (seed 003 style)', () => {
    expect(headings('一、主要举措和成效\n(一)法治理念不断强化。一是推动理论学习走实走深。')).toEqual([
      [1, '一、', '主要举措和成效'],
      [2, '(一)', '法治理念不断强化'],
    ])
  })

  it('splits a heading fused with the next marker', () => {
    expect(headings('一、主要举措和成效(一)法治理念不断强化。一是推动理论学习。')).toEqual([
      [1, '一、', '主要举措和成效'],
      [2, '(一)', '法治理念不断强化'],
    ])
  })

  it('ends a heading where a year-led sentence starts', () => {
    expect(headings('一、主要举措和成效\n(一)法治理念不断强化2024年,组织开展学法14次。')).toEqual([
      [1, '一、', '主要举措和成效'],
      [2, '(一)', '法治理念不断强化'],
    ])
  })

  it('does not treat 统一是 as a run-in marker', () => {
    expect(headings('一、坚持标准统一是基本要求\n正文。')).toEqual([[1, '一、', '坚持标准统一是基本要求']])
  })
})

describe('things that are not headings', () => {
  const cases = [
    '全年共办理案件1.5万件,同比增长。',
    '1、2月份共受理复议申请12宗。',
    '法治建设满意度位居全市第一。',
    '满意率同比提高2.1个百分点。',
    '2025年1月15日召开会议。',
    '主要表现在:1.认识不到位;2.能力不足。',
    '坚持标准统一、规范管理。',
    '评出一、二、三等奖共12名。',
    '落实“十四五”规划,推进(十四五)项目。',
    '共有12.5%的案件。 2.5万人次参加。',
  ]
  for (const sentence of cases) {
    it(`finds no heading in 「${sentence}」`, () => {
      expect(headings(`一、主要举措和成效\n${sentence}`)).toEqual([[1, '一、', '主要举措和成效']])
    })
  }

  it('rejects a mid-line marker that breaks the numbering badly', () => {
    expect(headings('一、主要举措和成效\n开展工作。 五、不是标题的内容。')).toEqual([
      [1, '一、', '主要举措和成效'],
    ])
  })

  it('rejects a mid-line marker that goes back', () => {
    expect(headings('一、甲项工作\n内容。\n二、乙项工作\n内容。 一、又一个。')).toEqual([
      [1, '一、', '甲项工作'],
      [1, '二、', '乙项工作'],
    ])
  })
})

describe('levels and numbering', () => {
  it('makes the first style level 1 when the report starts at (一)', () => {
    expect(
      headings('(一)法治理念不断强化\n1.推动学习\n内容。\n2.述法\n内容。\n(二)行政决策依法有力\n内容。'),
    ).toEqual([
      [1, '(一)', '法治理念不断强化'],
      [2, '1.', '推动学习'],
      [2, '2.', '述法'],
      [1, '(二)', '行政决策依法有力'],
    ])
  })

  it('nests 1. directly under 一、 when (一) is not used', () => {
    expect(headings('一、主要举措和成效\n1.推动学习\n内容。\n二、存在的不足\n内容。')).toEqual([
      [1, '一、', '主要举措和成效'],
      [2, '1.', '推动学习'],
      [1, '二、', '存在的不足'],
    ])
  })

  it('accepts a skip (一、二、四) with a heading-skip message', () => {
    const result = analyzeStructure('一、甲项工作\n内容。\n二、乙项工作\n内容。\n四、丁项工作\n内容。')
    expect(result.headings.map((h) => h.ordinal)).toEqual([1, 2, 4])
    expect(result.messages.map((m) => m.ruleId)).toEqual(['heading-skip'])
    expect(result.messages[0]!.actual).toBe('四、')
  })

  it('accepts a repeated number at a line start with a heading-restart message', () => {
    const result = analyzeStructure('一、甲项工作\n内容。\n二、乙项工作\n内容。\n二、丙项工作\n内容。')
    expect(result.headings.map((h) => h.ordinal)).toEqual([1, 2, 2])
    expect(result.messages.map((m) => m.ruleId)).toEqual(['heading-restart'])
  })

  it('restarts child numbering under each parent without a message', () => {
    const result = analyzeStructure(
      '一、甲项工作\n(一)子项一\n内容。\n(二)子项二\n内容。\n二、乙项工作\n(一)子项一\n内容。',
    )
    expect(result.messages).toEqual([])
    expect(result.headings.map((h) => h.level)).toEqual([1, 2, 2, 1, 2])
  })

  it('accepts full-width style markers after normalization (第一部分)', () => {
    expect(headings('第一部分 主要工作情况\n内容。\n第二部分 存在的问题\n内容。')).toEqual([
      [1, '第一部分', '主要工作情况'],
      [1, '第二部分', '存在的问题'],
    ])
  })
})

describe('section kinds', () => {
  it('classifies top-level headings by their cues', () => {
    const text = [
      '一、区政府主要负责同志履行推进法治建设第一责任人职责情况',
      '内容。',
      '二、2024年法治政府建设主要举措和成效',
      '内容。',
      '三、存在的不足和原因',
      '内容。',
      '四、上一年度存在问题整改情况',
      '内容。',
      '五、2025年度推进法治政府建设的主要安排',
      '内容。',
      '六、其他需要报告的情况',
      '内容。',
    ].join('\n')
    expect(rows(analyzeStructure(text).sections).map((row) => row[3])).toEqual([
      'leader_duties',
      'achievements',
      'shortcomings',
      'rectification',
      'plans',
      'other_matters',
    ])
  })

  it('lets subsections inherit unless they name leader duties or rectification inside achievements', () => {
    const text = [
      '一、主要举措和成效',
      '(一)切实履行法治建设第一责任人职责',
      '内容。',
      '(二)创新工作思路',
      '内容。',
      '(三)上一年度存在问题改进情况',
      '内容。',
      '二、存在问题',
      '(一)整改落实不到位',
      '内容。',
    ].join('\n')
    expect(rows(analyzeStructure(text).sections).map((row) => row[3])).toEqual([
      'achievements',
      'leader_duties',
      'achievements',
      'rectification',
      'shortcomings',
      'shortcomings',
    ])
  })
})

describe('unheaded parts', () => {
  const body = '一、主要举措和成效\n(一)行政复议\n受理复议申请53件。\n'

  it('opens a plans part at 「20XX年,…将…」 when the year is after the report year', () => {
    const text = `${body}2025年,我区将继续深化依法行政。`
    expect(rows(analyzeStructure(text, { reportYear: 2024 }).sections).map((row) => row[3])).toEqual([
      'achievements',
      'achievements',
      'plans',
    ])
    expect(rows(analyzeStructure(text).sections).map((row) => row[3])).toEqual([
      'achievements',
      'achievements',
    ])
  })

  it('opens shortcomings then plans, the plans part mid-paragraph', () => {
    const text = `${body}一年来工作虽有进展,但仍存在一些差距和不足,主要表现为能力不足。下一步,我区将持续推进。`
    const { sections } = analyzeStructure(text)
    expect(sections.map((sec) => [sec.id, sec.level, sec.kind])).toEqual([
      ['s1', 1, 'achievements'],
      ['u1', 0, 'shortcomings'],
      ['u2', 0, 'plans'],
    ])
    expect(text.slice(sections[2]!.start, sections[2]!.end)).toBe('下一步,我区将持续推进。')
  })

  it('does not open a shortcomings part when the report has a shortcomings section', () => {
    const text = `一、主要举措和成效\n内容。\n二、存在问题\n内容。\n三、下一步打算\n(一)深化改革\n内容。\n虽有进展,但仍存在一些差距和不足。`
    expect(analyzeStructure(text).sections.map((sec) => sec.kind)).toEqual([
      'achievements',
      'shortcomings',
      'plans',
    ])
  })

  it('reads a report without headings as preamble + one unheaded part, with a no-headings message', () => {
    const text =
      '2024年,我区坚持依法行政。现将有关情况报告如下:\n全年受理复议申请53件。\n但仍存在一些不足和短板。'
    const result = analyzeStructure(text)
    expect(result.sections.map((sec) => [sec.id, sec.kind])).toEqual([
      ['preamble', 'preamble'],
      ['u1', 'achievements'],
      ['u2', 'shortcomings'],
    ])
    expect(result.messages.map((m) => m.ruleId)).toEqual(['no-headings'])
  })
})

describe('closing and messages', () => {
  it('reads an organisation line and a date line at the end as closing', () => {
    const text = '一、主要举措和成效\n内容。\n中共某某区委 某某区人民政府\n2025年2月20日'
    const { sections } = analyzeStructure(text)
    expect(sections.at(-1)!.kind).toBe('closing')
    expect(text.slice(sections.at(-1)!.start, sections.at(-1)!.end)).toBe(
      '中共某某区委 某某区人民政府\n2025年2月20日',
    )
  })

  it('reads a Chinese-numeral date line as closing', () => {
    const { sections } = analyzeStructure('一、主要举措和成效\n内容。\n某某县人民政府\n二〇二五年一月十日')
    expect(sections.at(-1)!.kind).toBe('closing')
  })

  it('does not take a last sentence for a closing', () => {
    const { sections } = analyzeStructure('一、主要举措和成效\n内容。\n全区复议案件由区人民政府办理。')
    expect(sections.map((sec) => sec.kind)).toEqual(['achievements'])
  })

  it('reports a heading with no content as empty-section', () => {
    const result = analyzeStructure('一、主要举措和成效\n二、存在问题\n内容。')
    expect(result.messages.map((m) => [m.ruleId, m.actual])).toEqual([
      ['empty-section', '一、主要举措和成效'],
    ])
  })

  it('reports an empty input as no-body', () => {
    expect(analyzeStructure('  \n ').messages.map((m) => m.ruleId)).toEqual(['no-body'])
    expect(analyzeStructure('').sections).toEqual([])
  })
})

describe('closing variants', () => {
  it('takes two organisation lines and a trailing (此件公开发布) into the closing', () => {
    const text = '一、主要举措和成效\n内容。\n中共某某县委\n某某县人民政府\n2025年1月10日\n(此件公开发布)'
    const { sections } = analyzeStructure(text)
    const closing = sections.at(-1)!
    expect(closing.kind).toBe('closing')
    expect(text.slice(closing.start, closing.end)).toBe(
      '中共某某县委\n某某县人民政府\n2025年1月10日\n(此件公开发布)',
    )
  })

  it('reads a bare date line after the text as closing', () => {
    const text = '一、主要举措和成效\n内容。\n2025年1月10日'
    const { sections } = analyzeStructure(text)
    expect(sections.map((sec) => sec.kind)).toEqual(['achievements', 'closing'])
  })
})
