/**
 * Classes of binder errors found on independently written reports, each tested with sentences
 * written for this file (not taken from the seeds or the held-out fixtures).
 */

import { describe, expect, it } from 'vitest'
import { bindFacts, defaultExtractors, runExtractors } from '../../src/extractors/index.js'
import { defaultTaxonomy } from '../../src/taxonomy/index.js'
import type { CategoryId } from '../../src/types.js'
import { makeDocument, sectionStub, sentenceOf } from './helpers.js'

const section = sectionStub

function pairs(text: string, topic: CategoryId | null = null, title: string | null = null) {
  return bindFacts(sentenceOf(text), defaultTaxonomy, { section: section(topic, title) }).map((fact) => [
    fact.indicator,
    fact.value,
  ])
}

/** Facts of one achievements section whose paragraphs are given (sentences split after 。). */
function paragraphPairs(paragraphs: string[], topic: CategoryId | null = null) {
  const document = makeDocument([{ title: '工作情况', kind: 'achievements', topic, paragraphs }])
  return runExtractors(document, defaultExtractors(), defaultTaxonomy).facts.map((fact) => [
    fact.indicator,
    fact.value,
  ])
}

describe('subject carried over a sentence boundary inside a paragraph', () => {
  it('lets sentences without a subject continue the previous sentence’s family', () => {
    expect(
      paragraphPairs([
        '市政府本年度共收到行政复议申请94件。经审查依法受理80件，审结75件，结案率93.8%。审结案件中，通过撤销、责令履行等方式纠错9件。',
      ]),
    ).toEqual([
      ['reconsideration.applications_received', 94],
      ['reconsideration.accepted', 80],
      ['reconsideration.concluded', 75],
      ['reconsideration.conclusion_rate', 93.8],
      ['reconsideration.corrected', 9],
    ])
  })

  it('does not carry into another paragraph, nor past a sentence of another family', () => {
    expect(paragraphPairs(['市政府本年度共收到行政复议申请94件。', '依法受理80件。'])).toEqual([
      ['reconsideration.applications_received', 94],
    ])
    expect(
      paragraphPairs(['市政府本年度共收到行政复议申请94件。全市调解矛盾纠纷310件。依法受理80件。']),
    ).toEqual([
      ['reconsideration.applications_received', 94],
      ['disputes.mediation_cases', 310],
    ])
  })

  it('lets a sentence’s own subject win over the carried one', () => {
    expect(paragraphPairs(['市政府本年度共收到行政复议申请94件。全年依法受理信访事项65件。'])).toEqual([
      ['reconsideration.applications_received', 94],
      ['disputes.petitions', 65],
    ])
  })
})

describe('其中 breakdowns and parenthesised parts', () => {
  it('makes parts that take their measure from the total components', () => {
    const facts = bindFacts(
      sentenceOf('开展涉企文件专项清理，共清理规范性文件57件，其中保留41件、修订10件、废止6件。'),
      defaultTaxonomy,
    )
    expect(facts.map((fact) => [fact.indicator, fact.value])).toEqual([['rules.normative_docs_cleaned', 57]])
    expect(facts[0]!.components?.map((component) => component.value)).toEqual([41, 10, 6])
  })

  it('makes a part with the total’s head noun a component (行政处罚案件 of 执法案件, 综合演练 of 应急演练)', () => {
    expect(pairs('全县共办理行政执法案件5120件，其中行政处罚案件4033件。')).toEqual([
      ['enforcement.cases', 5120],
    ])
    expect(pairs('全年组织应急演练28次，其中跨部门联合演练3次。')).toEqual([['emergency.drills', 28]])
  })

  it('still binds a part that names a measure of another kind', () => {
    expect(pairs('共受理行政复议申请40件，其中调解结案6件。')).toEqual([
      ['reconsideration.applications_received', 40],
      ['reconsideration.mediated', 6],
    ])
  })

  it('attaches a (其中…) parenthesis that follows the total’s clause', () => {
    const facts = bindFacts(
      sentenceOf('梳理公布政务服务事项986项并全部纳入中心办理(其中“跨省通办”事项71项)。'),
      defaultTaxonomy,
      { section: section('functions') },
    )
    expect(facts.map((fact) => [fact.indicator, fact.value])).toEqual([['functions.service_items', 986]])
    expect(facts[0]!.components?.[0]?.value).toBe(71)
  })
})

describe('the phrase nearest the number names it', () => {
  it('prefers the modifier of the head noun to a subject further left', () => {
    expect(pairs('受理劳动争议仲裁案件88件，处置欠薪案件42件。', 'disputes')).toEqual([
      ['disputes.labor_cases', 88],
      ['disputes.wage_arrears', 42],
    ])
    expect(pairs('市公证处全年办理各类公证事项2360件。')).toEqual([['legal_services.notarizations', 2360]])
  })

  it('binds the amount after a count to the count’s subject (涉及金额 after 欠薪)', () => {
    expect(pairs('处置欠薪案件42件，涉及金额560万元。', 'disputes')).toEqual([
      ['disputes.wage_arrears', 42],
      ['disputes.wage_arrears', 5600000],
    ])
  })

  it('takes the verb with its object (检查经营主体 is an inspection, not an entity count)', () => {
    expect(pairs('制定随机抽查计划14个，检查经营主体870户。', 'enforcement')).toEqual([
      ['enforcement.random_inspections', 14],
      ['enforcement.random_inspections', 870],
    ])
  })

  it('counts training classes (期) as sessions and trainees as people', () => {
    expect(pairs('举办执法人员业务培训班9期，培训执法人员640人次。', 'enforcement')).toEqual([
      ['enforcement.training_sessions', 9],
      ['enforcement.training_people', 640],
    ])
  })

  it('does not read 议案 inside 复议案件', () => {
    expect(pairs('全年以本部门为被申请人的行政复议案件13件。')).toEqual([
      ['reconsideration.applications_received', 13],
    ])
  })

  it('prefers the whole phrase 审查意见 to 审查 inside it', () => {
    expect(pairs('审核各类合同协议150件，提出审查意见233条。', 'decisions')).toEqual([
      ['decisions.legality_reviews', 150],
      ['decisions.legal_opinions', 233],
    ])
  })

  it('prefers the main verb to a verb in a relative clause (…印发的文件)', () => {
    expect(pairs('全年审核以市政府名义印发的行政规范性文件共9件。', 'rules')).toEqual([
      ['rules.normative_docs_reviewed', 9],
    ])
  })
})

describe('caseloads and their changes', () => {
  it('binds 办理…事项/业务 N件 to the caseload, and the growth rate to the same indicator', () => {
    const facts = bindFacts(
      sentenceOf('全年市民服务中心办理各类政务服务事项52.3万件，同比增长8.6%。'),
      defaultTaxonomy,
      { section: section('functions') },
    )
    expect(facts.map((fact) => [fact.indicator, fact.value, fact.change?.direction ?? null])).toEqual([
      ['functions.service_cases', 523000, null],
      ['functions.service_cases', 8.6, 'up'],
    ])
    expect(pairs('全年办理企业登记业务3.1万件。', 'functions')).toEqual([['functions.service_cases', 31000]])
  })

  it('reads 净增 as a change of the preceding level', () => {
    const facts = bindFacts(sentenceOf('全市市场主体达9.8万户，较上年净增6千户。'), defaultTaxonomy)
    expect(facts.map((fact) => [fact.indicator, fact.value, fact.change?.direction ?? null])).toEqual([
      ['functions.market_entities', 98000, null],
      ['functions.market_entities', 6000, 'up'],
    ])
  })
})

describe('numbers before their subject and clauses without one', () => {
  it('binds officers who opened platform accounts and units that joined a platform', () => {
    expect(pairs('全市236名执法人员在监管平台开通账号。')).toEqual([['digital.platform_users', 236]])
    expect(pairs('27家执法单位已全部接入执法监督平台。')).toEqual([['digital.platform_users', 27]])
  })

  it('lets a clause of only 共N人参加 take the previous clause’s subject', () => {
    expect(pairs('组织新任领导干部法律知识考试，共58人参加。', 'leadership')).toEqual([
      ['leadership.cadre_exam_participants', 58],
    ])
    // A clause with a noun of its own does not.
    expect(pairs('建成应急救援队伍5支，2个应急指挥中心。', 'emergency')).toEqual([
      ['emergency.rescue_teams', 5],
    ])
  })

  it('binds a clause that repeats the head word of an earlier subject (共审查N件)', () => {
    expect(pairs('严格落实公平竞争审查，共审查十二件。', 'functions')).toEqual([
      ['functions.fair_competition_reviews', 12],
    ])
    expect(pairs('完善公平竞争审查制度，全年开展抽样审查四次。', 'functions')).toEqual([
      ['functions.fair_competition_reviews', 4],
    ])
    // Not when the head word is followed by a noun of its own.
    expect(pairs('加强行政诉讼工作，进入诉讼程序的案件11件。')).toEqual([])
  })
})

describe('distractors', () => {
  it('does not count organisations as cases', () => {
    expect(pairs('全市415个人民调解组织共调解纠纷2210件。', 'disputes')).toEqual([
      ['disputes.mediation_cases', 2210],
    ])
  })

  it('does not bind per-unit norms', () => {
    expect(pairs('培养“法律明白人”870名，确保每个社区至少有2名“法律明白人”。', 'publicity')).toEqual([
      ['publicity.legal_aides', 870],
    ])
  })

  it('does not count a subset named before the counted subject again', () => {
    expect(pairs('抽查行政执法案卷180卷，对存在瑕疵的23卷案卷督促整改。', 'enforcement')).toEqual([
      ['enforcement.case_file_reviews', 180],
    ])
    expect(pairs('开展案卷评查，评出优秀案卷8卷。', 'enforcement')).toEqual([])
  })

  it('does not take a bare 事项 as a measure', () => {
    expect(pairs('制定首违不罚清单，涵盖事项21项。', 'functions')).toEqual([])
  })

  it('does not take context from a heading about another category', () => {
    expect(pairs('组织开展“政策进企业”活动12场。', 'functions', '持续优化法治化营商环境')).toEqual([])
    expect(pairs('组织开展宣传活动12场。', 'publicity', '深入开展法治宣传')).toEqual([
      ['publicity.events', 12],
    ])
  })
})

describe('respective lists (分别为/依次为)', () => {
  it('binds the i-th number to the i-th subject, with the family from earlier in the run', () => {
    expect(pairs('全年审结行政复议案件96件，其中维持、驳回、直接纠错的依次为40件、22件、18件。')).toEqual([
      ['reconsideration.concluded', 96],
      ['reconsideration.upheld', 40],
      ['reconsideration.rejected', 22],
      ['reconsideration.corrected', 18],
    ])
  })

  it('splits the last subject at 和 when one subject is missing', () => {
    expect(pairs('本年度行政复议案件中，驳回、维持和直接纠错的分别为12件、30件、7件。')).toEqual([
      ['reconsideration.rejected', 12],
      ['reconsideration.upheld', 30],
      ['reconsideration.corrected', 7],
    ])
  })

  it('binds nothing when subjects and numbers do not pair up', () => {
    expect(pairs('行政复议案件中，维持、驳回的分别为40件、22件、18件。')).toEqual([])
  })
})

describe('counters and frames that decide what a number counts', () => {
  it('never reads 期 after 培训 as people trained', () => {
    expect(pairs('组织全县行政执法人员专题培训班3期，参训人员460人次。')).toEqual([
      ['enforcement.training_sessions', 3],
      ['enforcement.training_people', 460],
    ])
  })

  it('does not bind a count of institutions to the service the institutions provide', () => {
    expect(pairs('全县3家公证机构共办理公证事项4,120件。')).toEqual([['legal_services.notarizations', 4120]])
    expect(pairs('辖区12个人民调解组织全年调解纠纷860件。')).toEqual([['disputes.mediation_cases', 860]])
  })

  it('binds a number inside 对…开展 X to X, not to a noun of the object', () => {
    expect(pairs('对41件涉及经营主体权益的规范性文件开展公平竞争审查。')).toEqual([
      ['functions.fair_competition_reviews', 41],
    ])
  })
})

describe('phrasings of existing indicators', () => {
  it('reads 出庭应诉比例, 公示处罚决定信息, 两法衔接 执法案件 and 法治思想专题学习', () => {
    expect(pairs('各级行政机关负责人出庭应诉比例达98.6%。')).toEqual([
      ['litigation.head_appearance_rate', 98.6],
    ])
    expect(pairs('通过门户网站公示行政处罚决定信息1,520条。')).toEqual([
      ['enforcement.results_published', 1520],
    ])
    expect(pairs('依托“两法衔接”平台录入行政执法案件57件。')).toEqual([
      ['enforcement.criminal_referrals', 57],
    ])
    expect(pairs('县政府党组围绕习近平法治思想开展专题学习6次。')).toEqual([
      ['leadership.law_study_sessions', 6],
    ])
  })

  it('reads a lone Chinese numeral that closes its phrase, and 百余', () => {
    expect(pairs('县政府常务会议全年专题研究法治政府建设议题七项。')).toEqual([
      ['leadership.rule_of_law_agenda', 7],
    ])
    expect(pairs('政府法律顾问出具法律意见书百余份。')).toEqual([['decisions.legal_opinions', 100]])
  })
})

describe('breakdowns after 其中 that name another indicator', () => {
  it('binds parts whose own key word (after 其中) names another indicator of the family', () => {
    expect(pairs('本年度办结行政复议案件120件，其中通过调解方式结案（含撤回申请）35件，纠错14件。')).toEqual([
      ['reconsideration.concluded', 120],
      ['reconsideration.mediated', 35],
      ['reconsideration.corrected', 14],
    ])
  })
})

describe('more phrasings found on independent reports', () => {
  it('reads service-centre caseloads, 观摩庭审, 赋予…权限 and 合法性审查…修改意见', () => {
    expect(pairs('街道便民服务中心全年办结各类事项2,915件，同比增长6.1%。')).toEqual([
      ['functions.service_cases', 2915],
      ['functions.service_cases', 6.1],
    ])
    expect(pairs('组织全市86名处级干部观摩庭审。')).toEqual([['leadership.court_hearing_attendees', 86]])
    expect(pairs('向街道赋予区级行政执法权限46项。')).toEqual([['functions.delegated_powers', 46]])
    expect(pairs('对市政府合同开展合法性审查140件，提出修改意见300余条。')).toEqual([
      ['decisions.legality_reviews', 140],
      ['decisions.legal_opinions', 300],
    ])
  })
})
