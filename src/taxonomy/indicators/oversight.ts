/**
 * `oversight` — 行政权力制约和监督 (纲要 ch. 八).
 *
 * @module
 */

import type { IndicatorDefinition } from '../types.js'

const suggestions = '建议|提案|议案'
const hotline = '热线|12345|工单|诉求|热线平台'

/** Indicators of the `oversight` category. */
export const oversightIndicators: readonly IndicatorDefinition[] = [
  {
    id: 'oversight.npc_suggestions',
    name: '人大代表建议/议案',
    label: 'NPC deputies’ suggestions and motions',
    category: 'oversight',
    unitClass: 'items',
    phrasings: ['人大代表建议29件', '承办区人大议案、代表建议64件'],
    cues: ['人大代表建议', '代表建议', '人大…建议|议案', '人大议案', '议案'],
  },
  {
    id: 'oversight.cppcc_proposals',
    name: '政协提案',
    label: 'CPPCC members’ proposals',
    category: 'oversight',
    unitClass: 'items',
    phrasings: ['政协委员提案140件'],
    cues: ['政协提案', '委员提案', '政协…提案', '提案'],
  },
  {
    id: 'oversight.npc_cppcc_combined',
    name: '建议提案合计',
    label: 'NPC suggestions and CPPCC proposals combined',
    category: 'oversight',
    unitClass: 'items',
    phrasings: ['议案提案建议共91件'],
    cues: [
      '议案提案',
      '提案建议',
      '建议提案',
      '建议和提案',
      '建议、提案',
      '提案和建议',
      '提案、建议',
      '建议与提案',
      '议案、建议和提案',
      '建议及提案',
      { pattern: '人大|代表…政协|委员…建议|提案|议案', local: true },
    ],
  },
  {
    id: 'oversight.suggestion_completion_rate',
    name: '办复率/办结率/满意率',
    label: 'Suggestion and proposal completion / satisfaction rate',
    category: 'oversight',
    unitClass: 'rate',
    phrasings: ['办复率100%', '满意、基本满意率达到100%'],
    cues: ['办复率', `${suggestions}…办结率|办复率|答复率|满意率|满意度|按时办结率`],
  },
  {
    id: 'oversight.audit_projects',
    name: '审计项目',
    label: 'Audit projects',
    category: 'oversight',
    unitClass: 'items',
    phrasings: ['完成审计项目11个'],
    cues: ['审计项目', '审计…项目', '审计调查'],
  },
  {
    id: 'oversight.audit_findings',
    name: '审计建议/问题金额',
    label: 'Audit recommendations and amounts found',
    category: 'oversight',
    unitClass: ['items', 'money'],
    phrasings: ['提出审计建议34条', '审计发现问题金额53159万元'],
    cues: ['审计建议', '审计…建议', '审计…问题金额|金额', '审计发现', '审计…问题'],
  },
  {
    id: 'oversight.disclosure_proactive',
    name: '主动公开政府信息',
    label: 'Government information disclosed proactively',
    category: 'oversight',
    unitClass: 'items',
    phrasings: ['主动公开政府信息1857条', '发布各类信息9396条'],
    cues: ['主动公开', '发布…信息', '公开…政府信息', '公开…信息'],
    // 政策解读 is reported on its own, not as proactive disclosure.
    exclusions: ['解读'],
  },
  {
    id: 'oversight.disclosure_requests',
    name: '依申请公开',
    label: 'Information disclosure requests',
    category: 'oversight',
    unitClass: 'items',
    phrasings: ['依申请公开有效申请件57件', '依申请公开28宗'],
    cues: ['依申请公开', '信息公开申请', '公开申请'],
  },
  {
    id: 'oversight.disclosure_reply_rate',
    name: '按时答复率',
    label: 'Disclosure requests answered on time',
    category: 'oversight',
    unitClass: 'rate',
    phrasings: ['按时回复率100%'],
    cues: ['答复率', '回复率', '答覆率', '回覆率', '按时答复率', '按时回复率', '依申请公开…办结率'],
  },
  {
    id: 'oversight.hotline_requests',
    name: '12345热线工单/诉求',
    label: '12345 hotline requests',
    category: 'oversight',
    unitClass: 'items',
    phrasings: ['办理企业和群众诉求共10746宗', '工单14138件', '3.5万件'],
    // The handling verb must govern the hotline noun in the number's own clause (「调取12345工单信息」 is not handling).
    cues: [
      { pattern: `办理|受理|转派|接收|接到|承办|处置…${hotline}`, local: true },
      { pattern: `${hotline}…办理|受理|转派|接收|接到`, local: true },
    ],
  },
  {
    id: 'oversight.hotline_ontime_rate',
    name: '按时办结率',
    label: 'Hotline requests concluded on time',
    category: 'oversight',
    unitClass: 'rate',
    phrasings: ['按时办结率99.95%'],
    cues: [`${hotline}…按时办结率|按期办结率|及时办结率|办结率|按时办理率|响应率`],
  },
  {
    id: 'oversight.hotline_satisfaction',
    name: '满意率/好评率',
    label: 'Hotline satisfaction rate',
    category: 'oversight',
    unitClass: 'rate',
    phrasings: ['平均满意率95.27%', '好评率100%'],
    cues: [
      { pattern: '满意率', weight: 0.8 },
      { pattern: '好评率', weight: 0.9 },
      { pattern: '满意度', weight: 0.7 },
      `${hotline}|回访…满意率|满意度|好评率`,
    ],
  },
  {
    id: 'oversight.supervision_items',
    name: '督查督办',
    label: 'Supervision notices and follow-ups',
    category: 'oversight',
    unitClass: 'items',
    phrasings: ['发出督办通知书6份'],
    cues: ['督办', '督办通知书', '督办通报', '督查通报', '专报', '督查…线索', '督查…通报', '交办'],
  },
]
