/**
 * `decisions` — 行政决策制度体系 (纲要 ch. 四).
 *
 * @module
 */

import type { IndicatorDefinition } from '../types.js'

/** Indicators of the `decisions` category. */
export const decisionsIndicators: readonly IndicatorDefinition[] = [
  {
    id: 'decisions.major_decisions',
    name: '重大行政决策事项',
    label: 'Major administrative decisions',
    category: 'decisions',
    unitClass: 'items',
    phrasings: ['制定重大行政决策11件', '审查重大行政决策123件', '目录(2项)'],
    cues: ['重大行政决策', '重大决策', '决策事项目录', '重大行政决策事项'],
  },
  {
    id: 'decisions.legality_reviews',
    name: '合法性审查（文件、合同）',
    label: 'Legality reviews of documents and contracts',
    category: 'decisions',
    unitClass: 'items',
    phrasings: ['法律顾问审查各类行政文件及合同423份', '办理法律事务707项'],
    cues: ['法律事务', '合法性审查', '审查|审核…文件|合同|协议', '审查|审核…行政机关合同', '合同…审查'],
  },
  {
    id: 'decisions.legal_opinions',
    name: '法律意见',
    label: 'Legal opinions issued',
    category: 'decisions',
    unitClass: 'items',
    phrasings: ['出具书面合法性审查意见书99份', '提出法律意见260余条'],
    cues: ['法律意见', '审查意见', '审查意见书', '意见书', '征求意见稿', '合法性审查…修改意见'],
  },
  {
    id: 'decisions.legal_advisers',
    name: '法律顾问/公职律师',
    label: 'Legal advisers and government lawyers',
    category: 'decisions',
    unitClass: ['items', 'people'],
    phrasings: ['选聘4家律师事务所', '公职律师X名'],
    cues: ['公职律师', '选聘|聘请|聘任…律师事务所|法律顾问', '政府法律顾问'],
  },
  {
    id: 'decisions.public_consultations',
    name: '征求意见/专家论证/风险评估',
    label: 'Public consultations, expert reviews and risk assessments',
    category: 'decisions',
    unitClass: 'events',
    phrasings: ['网站发布征求意见11次', '专家论证会10次'],
    cues: ['征求意见', '专家论证', '论证会', '风险评估', '听证会', '听证', '公众参与'],
  },
  {
    id: 'decisions.amount_reviewed',
    name: '涉及金额',
    label: 'Amount covered by legality reviews',
    category: 'decisions',
    unitClass: 'money',
    phrasings: ['涉审金额达257.6亿元'],
    cues: ['涉审金额', '法律事务|审查|审核…涉及金额|金额|标的'],
  },
]
