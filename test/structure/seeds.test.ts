import { describe, expect, it } from 'vitest'
import { analyzeStructure, type Sec } from '../../src/structure/index.js'
import { childrenOf, type Row, readSeed, rows } from './helpers.js'

/** Expectations written by reading each seed. */
function top(name: string): { text: string; sections: Sec[] } {
  const text = readSeed(name)
  return { text, sections: analyzeStructure(text).sections }
}

function startsWith(text: string, sec: Sec | undefined, prefix: string): void {
  expect(sec).toBeDefined()
  expect(text.slice(sec!.start, sec!.start + prefix.length)).toBe(prefix)
}

function outsideSections(text: string, sections: readonly Sec[], needle: string): boolean {
  const at = text.indexOf(needle)
  expect(at).toBeGreaterThanOrEqual(0)
  return sections.every((sec) => at + needle.length <= sec.start || at >= sec.end)
}

describe('seed 000 (濠江区, 一、/(一)/1. on their own lines)', () => {
  const { text, sections } = top('000_0414d3b711716db3')

  it('finds the level-1 and level-2 outline with kinds', () => {
    const expected: Row[] = [
      [0, null, null, 'preamble'],
      [1, '一、', '2024年度法治政府建设情况', 'achievements'],
      [2, '(一)', '把准政治方向,党对法治政府建设的领导坚强有力', 'achievements'],
      [2, '(二)', '紧扣发展大局,依法全面履行政府职能', 'achievements'],
      [2, '(三)', '突出良法善治,依法行政体系健全完备', 'achievements'],
      [2, '(四)', '坚持法定程序,行政决策程序科学民主', 'achievements'],
      [2, '(五)', '注重改革求变,综合行政执法有维有度', 'achievements'],
      [2, '(六)', '坚持良性互动,行政权力运行持续规范', 'achievements'],
      [2, '(七)', '深化源头治理,矛盾纠纷化解依法有效', 'achievements'],
      [2, '(八)', '筑牢法治屏障,社会治理格局创新高效', 'achievements'],
      [1, '二、', '存在问题和原因', 'shortcomings'],
      [2, '(一)', '线上政务服务办事体验还需进一步优化', 'shortcomings'],
      [2, '(二)', '行政执法案件办理占比不均衡', 'shortcomings'],
      [2, '(三)', '行政机关依法行政能力还需进一步提升', 'shortcomings'],
      [2, '(四)', '个别街道和单位对行政许可和行政处罚“双公示”数据报送重视程度不高', 'shortcomings'],
      [1, '三、', '2025年度工作计划', 'plans'],
      [2, '(一)', '抓好统筹协调,推动责任落实', 'plans'],
      [2, '(二)', '加大改革力度,推动实践创新', 'plans'],
      [2, '(三)', '着眼能力提升,推动依法行政', 'plans'],
    ]
    expect(rows(sections, 2)).toEqual(expected)
    startsWith(text, sections[0], '2024年,濠江区全面贯彻')
  })

  it('reads 1. items as level-3 sections, 第一责任人 as leader_duties', () => {
    const first = childrenOf(childrenOf(sections[1]!)[0]!)
    expect(first.map((sec) => [sec.level, sec.heading?.marker, sec.heading?.title, sec.kind])).toEqual([
      [3, '1.', '深入贯彻落实党的二十大和二十届三中全会精神', 'achievements'],
      [3, '2.', '深学笃行习近平法治思想', 'achievements'],
      [3, '3.', '党政主要负责人切实履行推进法治建设第一责任人职责', 'leader_duties'],
      [3, '4.', '激发法治政府建设的内生动力', 'achievements'],
    ])
    expect(first.map((sec) => sec.id)).toEqual(['s1.1.1', 's1.1.2', 's1.1.3', 's1.1.4'])
  })

  it('keeps the metadata table, 【打印】 and the title line out of the sections', () => {
    expect(outsideSections(text, sections, '索引号: 11440512754542113A')).toBe(true)
    expect(outsideSections(text, sections, '【打印】')).toBe(true)
    expect(outsideSections(text, sections, '浏览次数:-')).toBe(true)
    expect(outsideSections(text, sections, '濠江区2024年法治政府建设年度报告\n')).toBe(true)
  })

  it('has no closing block (the text ends with plans item 三)', () => {
    expect(sections.at(-1)!.kind).toBe('plans')
  })
})

describe('seed 001 (高要区, nav bars and footers)', () => {
  const { text, sections } = top('001_b84440f565a32dda')

  it('finds the outline', () => {
    expect(rows(sections, 2)).toEqual([
      [0, null, null, 'preamble'],
      [1, '一、', '主要工作措施和成效', 'achievements'],
      [2, '(一)', '全面落实法治政府建设主体职责,将建设法治政府摆在全局工作突出位置', 'achievements'],
      [2, '(二)', '依法全面履行政府职责,政府职能转变迈出新步伐', 'achievements'],
      [2, '(三)', '加强政府规范性文件管理,构建依法行政制度体系取得新进展', 'achievements'],
      [2, '(四)', '推进行政决策科学化民主化法治化,决策质量实现新提高', 'achievements'],
      [2, '(五)', '坚持严格规范公正文明执法,执法体制改革有新突破', 'achievements'],
      [2, '(六)', '强力规范行政权力运行,权力监督制约展现新成效', 'achievements'],
      [2, '(七)', '切实维护群众合法权益,依法化解矛盾开创新局面', 'achievements'],
      [2, '(八)', '加强依法行政组织保障和机制落实,法治思维和法治能力得到新提升', 'achievements'],
      [1, '二、', '存在问题', 'shortcomings'],
      [1, '三、', '2022年工作计划', 'plans'],
      [2, '(一)', '深化放管服+数字政府改革,依法全面履行政府职能', 'plans'],
      [2, '(二)', '持续提高行政决策科学化民主化法治化水平', 'plans'],
      [2, '(三)', '严格规范公正文明执法', 'plans'],
      [2, '(四)', '强化对行政权力的制约和监督', 'plans'],
    ])
    startsWith(text, sections[0], '2021年,全区各级行政机关')
  })

  it('keeps weather, nav bar, breadcrumb and footers out of the sections', () => {
    for (const needle of [
      '天气:高要',
      '领导之窗 | 区长信箱',
      '您现在的位置',
      '相关附件:',
      '分享到:',
      'Copyright',
      '粤公网安备',
      '网站标识码',
    ]) {
      expect(outsideSections(text, sections, needle)).toBe(true)
    }
    // The last section ends with the last sentence of the report.
    expect(text.slice(0, sections.at(-1)!.end).endsWith('得到正确行使。')).toBe(true)
  })
})

describe('seed 002 (兴宁市, one line, headings run into the text)', () => {
  const { text, sections } = top('002_12f066875d9f6aed')

  it('finds every heading in the single line', () => {
    expect(rows(sections, 2)).toEqual([
      [0, null, null, 'preamble'],
      [1, '一、', '深入贯彻落实党的二十届三中全会精神和习近平法治思想,建设更高水平法治政府', 'achievements'],
      [2, '(一)', '持续贯彻落实党的二十届三中全会精神和习近平法治思想', 'achievements'],
      [2, '(二)', '切实履行法治建设第一责任人职责', 'leader_duties'],
      [2, '(三)', '有效解决法治督察反馈问题', 'rectification'],
      [1, '二、', '主要举措和成效', 'achievements'],
      [2, '(一)', '促进政府职能转变', 'achievements'],
      [2, '(二)', '推进政府治理规范化程序化法治化', 'achievements'],
      [2, '(三)', '坚持严格规范公正文明执法', 'achievements'],
      [2, '(四)', '提高突发事件依法处置能力', 'achievements'],
      [2, '(五)', '强化行政权力制约监督', 'achievements'],
      [2, '(六)', '加大矛盾纠纷行政预防调处化解力度', 'achievements'],
      [2, '(七)', '上一年度存在问题改进情况', 'rectification'],
      [1, '三、', '存在的主要问题和不足', 'shortcomings'],
      [2, '(一)', '文件及决策管理还需进一步加强', 'shortcomings'],
      [2, '(二)', '政务公开工作还需进一步提升', 'shortcomings'],
      [2, '(三)', '行政执法工作有待进一步规范', 'shortcomings'],
      [1, '四、', '下一步工作打算', 'plans'],
      [2, '(一)', '持续加强党的领导', 'plans'],
      [2, '(二)', '扎实推进各项工作', 'plans'],
      [2, '(三)', '营造良好法治环境', 'plans'],
      [0, null, null, 'closing'],
    ])
  })

  it('ends the preamble before 一、 and reads the signature block as closing', () => {
    const preamble = sections[0]!
    expect(
      text.slice(preamble.start, preamble.end).endsWith('现将我市2024年度法治政府建设工作情况汇报如下:'),
    ).toBe(true)
    const closing = sections.at(-1)!
    expect(closing.id).toBe('closing')
    expect(text.slice(closing.start, closing.end)).toBe('兴宁市人民政府 2025年1月15日')
    expect(text.slice(0, sections.at(-2)!.end).endsWith('社会治理生动局面。')).toBe(true)
  })

  it('ends a run-in heading at the space before its text', () => {
    const first = childrenOf(sections[1]!)[0]!
    expect(text.slice(first.heading!.start, first.heading!.end)).toBe(
      '(一)持续贯彻落实党的二十届三中全会精神和习近平法治思想',
    )
    expect(text.slice(first.heading!.end + 1, first.heading!.end + 9)).toBe('通过市政府党组会')
  })
})

describe('seed 003 (五通桥区, heading fused with the first sentence)', () => {
  const { text, sections } = top('003_0f3b6fe8336d67dc')

  it('finds the outline', () => {
    expect(rows(sections, 2)).toEqual([
      [0, null, null, 'preamble'],
      [1, '一、', '主要举措和成效', 'achievements'],
      [2, '(一)', '法治理念不断强化', 'achievements'],
      [2, '(二)', '行政决策依法有力', 'achievements'],
      [2, '(三)', '营商环境持续优化', 'achievements'],
      [2, '(四)', '执法效能明显提升', 'achievements'],
      [2, '(五)', '纠纷化解和应急处置能力持续提升', 'achievements'],
      [2, '(六)', '行政权力运行规范', 'achievements'],
      [1, '二、', '存在的不足', 'shortcomings'],
      [1, '三、', '下一步工作打算', 'plans'],
      [2, '(一)', '坚持高位推动,落实法治政府建设责任', 'plans'],
      [2, '(二)', '坚持转变职能,确保营商环境持续优化', 'plans'],
      [2, '(三)', '坚持综合高效,严格规范公正文明执法', 'plans'],
      [2, '(四)', '坚持治理创新,着力提升纠纷化解质效', 'plans'],
    ])
    startsWith(text, sections[0], '2024年,我区坚持以习近平法治思想')
  })

  it('keeps the heading sentence end in the heading and the run-in 一是 in the text', () => {
    const first = childrenOf(sections[1]!)[0]!
    expect(text.slice(first.heading!.start, first.heading!.end)).toBe('(一)法治理念不断强化。')
    expect(text.slice(first.heading!.end, first.heading!.end + 2)).toBe('一是')
  })

  it('keeps the title line, 发布时间, 文章来源 and 关闭窗口 out of the sections', () => {
    for (const needle of ['乐山市五通桥区人民政府关于', '发布时间:', '文章来源:', '关闭窗口']) {
      expect(outsideSections(text, sections, needle)).toBe(true)
    }
  })
})

describe('seed 004 (汉滨区, topic-structured, unheaded shortcomings and plans)', () => {
  const { text, sections } = top('004_27068fbfb0d05908')

  it('reads the 纲要-chapter headings as achievements, heading ending at 。 or before 一是', () => {
    expect(rows(sections, 2)).toEqual([
      [0, null, null, 'preamble'],
      [1, '一、', '坚持党的领导,法治政府建设纵深推进', 'achievements'],
      [1, '二、', '坚持转变职能,法治化营商环境优化升级', 'achievements'],
      [1, '三、', '坚持程序规范,依法行政水平不断提升', 'achievements'],
      [1, '四、', '坚持改革赋能,行政执法工作提质增效', 'achievements'],
      [1, '五、', '强化权力监督,行政权力依法规范运行', 'achievements'],
      [1, '六、', '加强法治宣传,全力营造和谐法治环境', 'achievements'],
      [0, null, null, 'shortcomings'],
      [0, null, null, 'plans'],
    ])
    const topics = sections.slice(1, 7).map((sec) => sec.topic)
    expect([topics[0], topics[1], topics[3], topics[4], topics[5]]).toEqual([
      'leadership',
      'functions',
      'enforcement',
      'oversight',
      'publicity',
    ])
  })

  it('splits the last paragraph into unheaded shortcomings and plans at the sentence boundary', () => {
    const [shortcomings, plans] = sections.slice(-2)
    expect(shortcomings!.id).toBe('u1')
    expect(plans!.id).toBe('u2')
    startsWith(text, shortcomings, '过去一年,虽然汉滨区')
    startsWith(text, plans, '下一步,汉滨区将坚持')
    expect(text.slice(0, shortcomings!.end).endsWith('进一步提升等。')).toBe(true)
    expect(sections[6]!.end).toBeLessThan(shortcomings!.start)
    expect(shortcomings!.topic).toBeNull()
  })

  it('keeps the breadcrumb and the metadata table out of the sections', () => {
    for (const needle of ['您的位置:', '文件名称 ', '索引号 /2024-0000', '公开责任部门', '有效性 有效']) {
      expect(outsideSections(text, sections, needle)).toBe(true)
    }
  })
})
