import { describe, expect, it } from 'vitest'
import { type BindTrace, bindFacts, defaultExtractors, runExtractors } from '../../src/extractors/index.js'
import { defaultTaxonomy, type IndicatorId } from '../../src/taxonomy/index.js'
import type { CategoryId } from '../../src/types.js'
import { makeDocument, sectionStub, sentenceOf } from './helpers.js'

const section = sectionStub

function bind(text: string, topic: CategoryId | null = null, title: string | null = null) {
  return bindFacts(sentenceOf(text), defaultTaxonomy, { section: section(topic, title) })
}

function pairs(text: string, topic: CategoryId | null = null, title: string | null = null) {
  return bind(text, topic, title).map((fact) => [fact.indicator, fact.value])
}

describe('bindFacts: subjects', () => {
  it('carries a subject over a run of verbs (收到…受理…办结)', () => {
    expect(pairs('2024年,共收到行政复议申请62宗,受理53宗,办结58宗。')).toEqual([
      ['reconsideration.applications_received', 62],
      ['reconsideration.accepted', 53],
      ['reconsideration.concluded', 58],
    ])
  })

  it('does not carry a subject across a semicolon run or a run-in marker', () => {
    expect(pairs('行政复议工作扎实;受理53宗。')).toEqual([])
    expect(pairs('一是加强行政复议工作。二是受理调解纠纷1205件。')).toEqual([
      ['disputes.mediation_cases', 1205],
    ])
  })

  it('takes context from the section heading for a bare verb', () => {
    expect(pairs('全年受理53件,办结41件。', 'disputes', '行政复议')).toEqual([
      ['reconsideration.accepted', 53],
      ['reconsideration.concluded', 41],
    ])
    expect(pairs('全年受理53件,办结41件。')).toEqual([])
  })

  it('binds each item of a list joined by 、和及 to its own subject', () => {
    expect(pairs('统筹办理人大代表建议29件、政协委员提案140件。')).toEqual([
      ['oversight.npc_suggestions', 29],
      ['oversight.cppcc_proposals', 140],
    ])
    expect(pairs('依法办理行政复议案件41件和以区政府为被告的行政诉讼案件12件。')).toEqual([
      ['reconsideration.accepted', 41],
      ['litigation.cases', 12],
    ])
  })

  it('binds a combined total to the combined indicator', () => {
    expect(pairs('办理区人大、政协提出的议案提案建议共91件。')).toEqual([
      ['oversight.npc_cppcc_combined', 91],
    ])
    expect(pairs('办理人大代表建议和政协委员提案共186件。')).toEqual([['oversight.npc_cppcc_combined', 186]])
  })

  it('binds rates that follow their subject, with 达/为/达到', () => {
    expect(pairs('办理企业和群众诉求共10746宗,按时办结率99.95%,平均满意率95.27%。')).toEqual([
      ['oversight.hotline_requests', 10746],
      ['oversight.hotline_ontime_rate', 99.95],
      ['oversight.hotline_satisfaction', 95.27],
    ])
    expect(pairs('全年共受理行政复议案件53件,办结41件,结案率为87.2%。')).toEqual([
      ['reconsideration.accepted', 53],
      ['reconsideration.concluded', 41],
      ['reconsideration.conclusion_rate', 87.2],
    ])
  })

  it('makes one fact per named rate sharing a percentage', () => {
    const facts = bind('报备及时率、规范率达100%。')
    expect(facts.map((fact) => [fact.indicator, fact.value])).toEqual([
      ['rules.filing_rate', 100],
      ['rules.filing_rate', 100],
    ])
    expect(facts[0]!.mention).toEqual(facts[1]!.mention)
    expect(pairs('满意、基本满意率达到100%。', 'oversight')).toEqual([
      ['oversight.hotline_satisfaction', 100],
    ])
  })

  it('looks right when the number comes before its subject', () => {
    expect(pairs('共83人顺利通过并取得执法资格认证,38件执法证通过证件年审。')).toEqual([
      ['enforcement.certified_officers', 83],
      ['enforcement.certified_officers', 38],
    ])
    expect(pairs('组织近5500名国家工作人员参加学法考试。')).toEqual([
      ['leadership.cadre_exam_participants', 5500],
    ])
    expect(pairs('完成1063项行政执法事项及20项政务服务事项纳入职权下放实施清单管理。')).toEqual([
      ['functions.delegated_powers', 1063],
      ['functions.delegated_powers', 20],
    ])
  })

  it('does not take the next list item as a number-first subject', () => {
    expect(pairs('可容缺办理材料300项、可告知承诺替代材料37项。', 'functions')).toEqual([])
  })

  it('does not bind numbers that count organisations, places or other nouns', () => {
    expect(pairs('依法审核33个部门权责清单,审定并对外公布权责事项3295项。')).toEqual([
      ['functions.power_list_items', 3295],
    ])
    expect(pairs('制定“源头治理欠薪工作措施”共26条,成功调处解决欠薪问题378宗。', 'disputes')).toEqual([
      ['disputes.wage_arrears', 378],
    ])
    expect(pairs('以1-2家律师事务所集中服务1个街道的方式,社区法律顾问共计服务1062次。')).toEqual([
      ['legal_services.community_counsel', 1062],
    ])
  })

  it('binds a number that counts organisations when the cue names them', () => {
    expect(pairs('全区已有40家单位在执法证管理系统开立账户。')).toEqual([['digital.platform_users', 40]])
    expect(pairs('全区3个村(社区)获评省级民主法治示范村(社区)。')).toEqual([['publicity.demo_villages', 3]])
    expect(pairs('选聘4家律师事务所为区政府法律顾问服务单位。')).toEqual([['decisions.legal_advisers', 4]])
  })
})

describe('bindFacts: values', () => {
  it('applies 万/亿 multipliers and reports money in 元', () => {
    const facts = bind('调处欠薪问题378宗,调处金额4368万元;全年办理行政审批服务事项20.56万件。')
    expect(facts.map((fact) => [fact.indicator, fact.value, fact.unit])).toEqual([
      ['disputes.wage_arrears', 378, '宗'],
      ['disputes.wage_arrears', 43680000, '元'],
      ['functions.service_cases', 205600, '件'],
    ])
    expect(pairs('法律顾问审查合同156份,涉审金额达257.6亿元。')).toEqual([
      ['decisions.legality_reviews', 156],
      ['decisions.amount_reviewed', 25760000000],
    ])
  })

  it('keeps qualifiers as approx', () => {
    const facts = bind(
      '行政执法专题培训近120余人次;抽查行政执法案卷90余份;参加线上互动的观众超16万人次;组织近5500名国家工作人员参加学法考试。',
    )
    expect(facts.map((fact) => [fact.value, fact.approx])).toEqual([
      [120, 'about'],
      [90, 'over'],
      [160000, 'over'],
      [5500, 'under'],
    ])
  })

  it('binds changes to the subject they change', () => {
    const facts = bind('全区市场主体登记实有48865户,同比增加2007户,增长率4.28%。')
    expect(facts.map((fact) => [fact.indicator, fact.value, fact.change])).toEqual([
      ['functions.market_entities', 48865, null],
      ['functions.market_entities', 2007, { direction: 'up', basis: 'year_on_year' }],
      ['functions.market_entities', 4.28, { direction: 'up', basis: 'year_on_year' }],
    ])
    expect(
      bind('受理信访件2185件次,同比下降9.7%。').map((fact) => [fact.indicator, fact.change?.direction]),
    ).toEqual([
      ['disputes.petitions', undefined],
      ['disputes.petitions', 'down'],
    ])
    const points = bind('群众回访满意率达到96.1%,同比提高2.1个百分点。')
    expect(points.at(-1)).toMatchObject({
      indicator: 'oversight.hotline_satisfaction',
      value: 2.1,
      unit: '个百分点',
      change: { direction: 'up', basis: 'year_on_year' },
    })
  })

  it('does not make a change of a subject the clause names itself', () => {
    expect(pairs('“一件事”共计办件22.3万件,平均压减跑动次数90%以上,压缩办理时限75%。')).toEqual([
      ['functions.service_cases', 223000],
    ])
  })

  it('makes parenthesised 含/其中 parts components, not facts', () => {
    const text =
      '共收到行政复议申请62宗,受理53宗,办结58宗(含去年结转18宗),调解、和解结案17宗(含案前调解和解3宗)。'
    const facts = bind(text)
    expect(facts.map((fact) => [fact.indicator, fact.value])).toEqual([
      ['reconsideration.applications_received', 62],
      ['reconsideration.accepted', 53],
      ['reconsideration.concluded', 58],
      ['reconsideration.mediated', 17],
    ])
    const at = text.indexOf('18宗')
    expect(facts[2]!.components).toEqual([
      { start: at, end: at + 3, label: 'carried_over', value: 18, unit: '宗' },
    ])
    expect(facts[3]!.components?.[0]).toMatchObject({ label: '案前调解和解', value: 3 })
  })

  it('makes a 其中 breakdown of the same measure components, but binds a part that names its own measure', () => {
    const facts = bind(
      '区政府网站全年共发布各类信息6228条,其中概况类54条、政务动态信息类4205条,信息公开类1969条。',
    )
    expect(facts.map((fact) => [fact.indicator, fact.value])).toEqual([
      ['oversight.disclosure_proactive', 6228],
    ])
    expect(facts[0]!.components?.map((component) => [component.label, component.value])).toEqual([
      ['概况类', 54],
      ['政务动态信息类', 4205],
      ['信息公开类', 1969],
    ])
    expect(pairs('在两法衔接信息共享平台共录入案件101件,其中涉嫌犯罪案件共17件。')).toEqual([
      ['enforcement.criminal_referrals', 101],
      ['enforcement.criminal_referrals', 17],
    ])
    expect(
      pairs(
        '受理后审结案件65件,其中维持行政机关决定的33件,终止结案24件,直接纠正行政机关决定8件。',
        'disputes',
        '行政复议',
      ),
    ).toEqual([
      ['reconsideration.concluded', 65],
      ['reconsideration.upheld', 33],
      ['reconsideration.mediated', 24],
      ['reconsideration.corrected', 8],
    ])
  })

  it('binds a bare zero (「败诉的案件为0」)', () => {
    const facts = bind(
      '收到以市政府为被告的行政应诉案件共25件,复议后败诉的案件为0,为推进法治政府建设提供保障。',
    )
    expect(facts.map((fact) => [fact.indicator, fact.value, fact.unit])).toEqual([
      ['litigation.cases', 25, '件'],
      ['litigation.losses', 0, ''],
    ])
  })
})

describe('bindFacts: what is never a fact', () => {
  it('never binds years, dates, ordinals, slogans or hotline names', () => {
    expect(pairs('2024年,围绕省委“1310”具体部署,落实“1+4”机制,组织实施“八五”普法规划。')).toEqual([])
    expect(pairs('在区委全面依法治区委员会第三次会议上研究法治议题,组织第四批评议。')).toEqual([])
    expect(pairs('提高12345政务热线办理质效,调取12345工单信息11451条。')).toEqual([])
  })

  it('never binds a count to a rate indicator, nor a rate or money to a count indicator', () => {
    expect(pairs('出庭应诉率13件。')).toEqual([])
    expect(pairs('行政应诉案件达100%。')).toEqual([])
    expect(pairs('应诉案件金额300万元。')).toEqual([])
    expect(pairs('罚没款2.5万元,罚没款3件。')).toEqual([['enforcement.fines', 25000]])
  })

  it('does not bind a count whose unit class contradicts the indicator (专项清理2次 is not documents)', () => {
    expect(pairs('组织开展行政规范性文件专项清理2次。', 'rules')).toEqual([])
  })

  it('skips numbers inside 《…》 titles', () => {
    expect(pairs('印发《行政复议受理5件办法》。')).toEqual([])
  })
})

describe('bindFacts: offsets and tracing', () => {
  it('reports view offsets of the sentence and the mention', () => {
    const text = '共收到行政复议申请62宗。'
    const facts = bindFacts(sentenceOf(text, 100), defaultTaxonomy, { sectionId: 'x' })
    expect(facts).toEqual([
      {
        indicator: 'reconsideration.applications_received',
        value: 62,
        unit: '宗',
        approx: 'exact',
        change: null,
        start: 109,
        end: 112,
        mention: { start: 109, end: 112 },
        sentence: { start: 100, end: 113 },
        sectionId: 'x',
      },
    ])
  })

  it('traces the candidates of each mention', () => {
    const traces: BindTrace[] = []
    bindFacts(sentenceOf('受理调解纠纷1205件,作品登记13件。'), defaultTaxonomy, {
      trace: (trace) => traces.push(trace),
    })
    expect(traces.map((trace) => [trace.mention, trace.reason, trace.bound])).toEqual([
      ['1205件', 'bound', ['disputes.mediation_cases']],
      ['13件', 'unbound', []],
    ])
    expect(traces[0]!.candidates[0]).toMatchObject({ indicator: 'disputes.mediation_cases', side: 'left' })
    expect(traces[0]!.candidates[0]!.score).toBeGreaterThanOrEqual(0.7)
  })

  it('binds the phrasings of a custom indicator', () => {
    const taxonomy = defaultTaxonomy.extend([
      {
        id: 'adjudication.cases' as IndicatorId,
        name: '行政裁决案件',
        label: 'Administrative adjudication cases',
        category: 'disputes',
        unitClass: 'cases',
        cues: ['行政裁决'],
      },
    ])
    const facts = bindFacts(sentenceOf('全年办理行政裁决案件12件,受理法律援助310件。'), taxonomy)
    expect(facts.map((fact) => [fact.indicator, fact.value])).toEqual([
      ['adjudication.cases', 12],
      ['legal_services.legal_aid_cases', 310],
    ])
  })
})

describe('facts extractor', () => {
  it('runs on achievements, leader duties, rectification, other matters and the preamble, not on plans or shortcomings', () => {
    const line = '共收到行政复议申请62宗。'
    const document = makeDocument([
      { kind: 'preamble', paragraphs: [line] },
      { title: '主要举措和成效', kind: 'achievements', paragraphs: [line] },
      { title: '第一责任人职责', kind: 'leader_duties', paragraphs: [line] },
      { title: '存在的不足', kind: 'shortcomings', paragraphs: [line] },
      { title: '上一年度问题整改情况', kind: 'rectification', paragraphs: [line] },
      { title: '下一年度工作安排', kind: 'plans', paragraphs: [line] },
      { title: '其他需要报告的情况', kind: 'other_matters', paragraphs: [line] },
    ])
    const result = runExtractors(document, defaultExtractors(), defaultTaxonomy)
    expect(result.facts.map((fact) => fact.sectionId)).toEqual(['s1', 's2', 's3', 's5', 's7'])
  })
})
