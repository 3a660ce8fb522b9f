/**
 * Synthetic annual reports assembled from fragments with fast-check: title,
 * preamble, 一、/（一）/1. headings, sentences with counts, rates, money and
 * dates, a shortcomings and a plans section, and a signature. Written the way
 * published reports are (full-width punctuation, half-width digits).
 *
 * @module
 */

import fc from 'fast-check'

const PLACES = [
  ['汕头市濠江区', '我区'],
  ['兴宁市', '我市'],
  ['乐山市五通桥区', '我区'],
  ['安康市汉滨区', '我区'],
  ['肇庆市高要区', '我区'],
  ['平阳县', '我县'],
] as const

const TOPICS = [
  '坚持党的领导，压实法治建设第一责任人职责',
  '依法全面履行政府职能，持续优化法治化营商环境',
  '完善依法行政制度体系，提高立法和规范性文件质量',
  '严格规范公正文明执法，提升行政执法质效',
  '预防调处化解社会矛盾纠纷，维护社会和谐稳定',
  '强化行政权力制约和监督，促进行政权力规范透明运行',
  '推进数字法治政府建设，提升政务服务水平',
  '深化普法宣传教育，营造浓厚法治氛围',
] as const

const LEADS = ['全年', '{year}年以来，', '一年来，', '', '截至年底，'] as const

type Sentence = (n: number, m: number, rate: string, money: string, date: string) => string

const SENTENCES: readonly Sentence[] = [
  (n, m) => `共收到行政复议申请${n + m}件，受理${n}件，办结${m}件。`,
  (n, _m, rate) => `办理行政应诉案件${n}宗，行政机关负责人出庭应诉率${rate}%。`,
  (n, m) => `开展“法律六进”活动${n}场次，参与群众${m}余人次。`,
  (n, _m, _rate, money) => `调处欠薪问题${n}宗，调处金额${money}万元。`,
  (n, _m, rate) => `受理法律援助案件${n}件，同比增长${rate}%。`,
  (n, _m, rate) => `12345热线受理群众诉求${n}件，按时办结率${rate}%。`,
  (n, m) => `审核规范性文件${n}件，清理地方性法规和规章${m}部。`,
  (n, _m, _rate, _money, date) => `${date}召开区政府常务会议，研究法治政府建设议题${n}项。`,
  (n, m) => `全年排查矛盾纠纷${n}宗，调解成功${m}宗，调解成功率达到百分之九十八。`,
  (_n, m) => `组织开展行政执法人员培训${m}期，培训执法人员约${m * 10}人次。`,
  (n) => `办理人大代表建议${n}件、政协提案${n + 3}件，办复率100%。`,
  (n, m) => `较上年增加${n}件，达到${m}件左右。`,
  () => '持续深化“放管服”改革，推动政务服务标准化、规范化、便利化。',
  () => '健全重大行政决策程序制度，严格落实公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。',
]

const SHORTCOMINGS = [
  '法治政府建设推进不够平衡，部分单位对法治政府建设重要性认识不足',
  '行政执法队伍专业化水平有待提高，执法人员法律素养参差不齐',
  '普法宣传的针对性和实效性还需增强',
  '基层法治建设力量相对薄弱',
] as const

const PLANS = [
  '深入学习贯彻习近平法治思想，压紧压实法治建设第一责任人职责',
  '持续深化行政执法体制改革，全面推行行政执法“三项制度”',
  '加强行政复议和行政应诉工作，提升行政争议实质性化解水平',
  '深入实施“八五”普法规划，推动普法工作走深走实',
] as const

const CN_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const

/** The parts a synthetic report is built from. */
export interface ReportPlan {
  place: number
  year: number
  subsections: {
    topic: number
    items: { sentence: number; n: number; m: number; rate: string; money: string }[][]
  }[]
  shortcomings: number[]
  plans: number[]
  otherMatters: boolean
  indent: boolean
  month: number
  day: number
}

const rateArb = fc.oneof(
  fc.integer({ min: 0, max: 100 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${b}`),
)

const itemArb = fc.record({
  sentence: fc.nat({ max: SENTENCES.length - 1 }),
  n: fc.integer({ min: 0, max: 99_999 }),
  m: fc.integer({ min: 1, max: 5000 }),
  rate: rateArb,
  money: fc.oneof(fc.integer({ min: 1, max: 99_999 }).map(String), fc.constant('1,234.5')),
})

/** An arbitrary report plan. */
export const reportPlanArb: fc.Arbitrary<ReportPlan> = fc.record({
  place: fc.nat({ max: PLACES.length - 1 }),
  year: fc.integer({ min: 2015, max: 2025 }),
  subsections: fc.array(
    fc.record({
      topic: fc.nat({ max: TOPICS.length - 1 }),
      items: fc.array(fc.array(itemArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 5 },
  ),
  shortcomings: fc.uniqueArray(fc.nat({ max: SHORTCOMINGS.length - 1 }), { minLength: 1, maxLength: 3 }),
  plans: fc.uniqueArray(fc.nat({ max: PLANS.length - 1 }), { minLength: 1, maxLength: 4 }),
  otherMatters: fc.boolean(),
  indent: fc.boolean(),
  month: fc.integer({ min: 1, max: 3 }),
  day: fc.integer({ min: 1, max: 28 }),
})

/**
 * Write a report from a plan.
 *
 * @param plan - The plan.
 * @returns The report text.
 */
export function writeReport(plan: ReportPlan): string {
  const [place, we] = PLACES[plan.place]!
  const { year } = plan
  const pad = plan.indent ? '\u3000\u3000' : ''
  const lines: string[] = [`${place}${year}年法治政府建设年度报告`, '']
  lines.push(
    `${pad}${year}年，${we}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，扎实推进法治政府建设。现将有关情况报告如下：`,
  )
  let top = 0
  lines.push(`${CN_ORDINALS[top++]}、${year}年度推进法治政府建设的主要举措和成效`)
  plan.subsections.forEach((subsection, s) => {
    lines.push(`${pad}（${CN_ORDINALS[s]}）${TOPICS[subsection.topic]}`)
    subsection.items.forEach((paragraph, p) => {
      const body = paragraph
        .map((item, i) => {
          const lead = i === 0 ? LEADS[(item.n + p) % LEADS.length]!.replace('{year}', String(year)) : ''
          const date = `${year}年${(item.m % 12) + 1}月${(item.n % 28) + 1}日`
          return lead + SENTENCES[item.sentence]!(item.n, item.m, item.rate, item.money, date)
        })
        .join('')
      lines.push(
        subsection.items.length > 1
          ? `${pad}${p + 1}.${TOPICS[(subsection.topic + p) % TOPICS.length]!.slice(0, 8)}。${body}`
          : `${pad}${body}`,
      )
    })
  })
  lines.push(`${CN_ORDINALS[top++]}、${year}年度推进法治政府建设存在的不足和原因`)
  lines.push(
    `${pad}${year}年，${we}法治政府建设取得了一定成效，但仍存在一些不足：${plan.shortcomings
      .map((index, i) => `${CN_ORDINALS[i]}是${SHORTCOMINGS[index]}`)
      .join('；')}。`,
  )
  lines.push(`${CN_ORDINALS[top++]}、${year + 1}年度推进法治政府建设的主要安排`)
  lines.push(
    `${pad}${year + 1}年，${we}将${plan.plans.map((index, i) => `${CN_ORDINALS[i]}是${PLANS[index]}`).join('；')}。`,
  )
  if (plan.otherMatters) {
    lines.push(`${CN_ORDINALS[top++]}、其他需要报告的情况`)
    lines.push(`${pad}无。`)
  }
  lines.push('', `${pad}${place}人民政府`, `${pad}${year + 1}年${plan.month}月${plan.day}日`)
  return lines.join('\n')
}

/** An arbitrary synthetic report text. */
export const reportTextArb: fc.Arbitrary<string> = reportPlanArb.map(writeReport)
