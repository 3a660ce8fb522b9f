/**
 * `enforcement` — 行政执法工作体系 (纲要 ch. 五).
 *
 * @module
 */

import type { IndicatorDefinition } from '../types.js'

/** Indicators of the `enforcement` category. */
export const enforcementIndicators: readonly IndicatorDefinition[] = [
  {
    id: 'enforcement.cases',
    name: '行政执法（处罚）案件',
    label: 'Administrative enforcement cases',
    category: 'enforcement',
    unitClass: 'cases',
    phrasings: ['办理行政执法案件10657宗', '通过「粤执法」办理4515宗'],
    cues: [
      '执法案件',
      '行政处罚案件',
      '处罚案件',
      '立案查处',
      '行政处罚决定',
      '处罚决定',
      '作出…行政处罚',
      '查处…案件',
      '执法…办理',
    ],
  },
  {
    id: 'enforcement.results_published',
    name: '执法信息公示',
    label: 'Enforcement results published',
    category: 'enforcement',
    unitClass: 'items',
    phrasings: ['公示行政执法结果28220宗', '公示…500余条'],
    cues: ['执法结果', '公示…执法结果', '公示…执法|事项|处罚信息|行政处罚|处罚决定|决定信息', '双公示'],
  },
  {
    id: 'enforcement.certified_officers',
    name: '持证执法人员/执法证',
    label: 'Certified enforcement officers and licences',
    category: 'enforcement',
    unitClass: ['people', 'items'],
    phrasings: ['83人取得执法资格', '办理执法证255张'],
    cues: ['执法资格', '执法证', '执法证件', '持证', '申领…证件', '证件年审'],
  },
  {
    id: 'enforcement.training_people',
    name: '执法培训人次',
    label: 'Enforcement officers trained',
    category: 'enforcement',
    unitClass: 'people',
    phrasings: ['442名执法人员参加培训', '培训近120余人次'],
    cues: ['执法…培训|轮训|参训|考试', '执法人员…参加', '培训|轮训…执法人员'],
  },
  {
    id: 'enforcement.training_sessions',
    name: '执法培训/考试场次',
    label: 'Enforcement training sessions and exams',
    category: 'enforcement',
    unitClass: 'events',
    phrasings: ['专题培训4场', '网上考试9场次'],
    cues: ['执法…培训|轮训|考试|培训班', '执法培训', '培训|轮训…执法人员'],
  },
  {
    id: 'enforcement.case_file_reviews',
    name: '案卷评查',
    label: 'Case files reviewed',
    category: 'enforcement',
    unitClass: 'items',
    phrasings: ['调阅行政执法案卷485宗', '抽查案卷90余份'],
    cues: ['案卷', '卷宗', '评查'],
    // 「评出优秀案卷12卷」 counts an outcome of the review, not the files reviewed.
    exclusions: ['优秀'],
  },
  {
    id: 'enforcement.supervision_actions',
    name: '执法监督（专项监督、建议书）',
    label: 'Enforcement supervision actions',
    category: 'enforcement',
    unitClass: ['events', 'items'],
    phrasings: ['专项监督4次', '督察建议书4份', '监督申请4宗'],
    cues: [
      '执法监督',
      '专项监督',
      '督察建议书',
      '监督建议书',
      '监督意见书',
      '监督申请',
      '监督…反馈书|通知书|调查函|函',
      '备案审查…案件|处罚案件|行政处罚案件',
    ],
  },
  {
    id: 'enforcement.fines',
    name: '罚没款',
    label: 'Fines and confiscations',
    category: 'enforcement',
    unitClass: 'money',
    phrasings: ['罚没款2.5万元', '涉处罚金额419.7万元'],
    cues: ['罚没款', '罚没', '罚款', '处罚金额', '罚没金额'],
  },
  {
    id: 'enforcement.random_inspections',
    name: '双随机抽查',
    label: 'Random inspections (双随机、一公开)',
    category: 'enforcement',
    unitClass: ['events', 'items'],
    phrasings: ['抽查计划7个，检查市场主体1528户'],
    cues: [
      '抽查计划',
      '双随机',
      '随机抽查',
      { pattern: '检查|抽查…市场主体|经营主体|企业|主体', weight: 1.2 },
      { pattern: '检查对象', weight: 1.5 },
      { pattern: '名录库', weight: 1.5 },
    ],
  },
  {
    id: 'enforcement.criminal_referrals',
    name: '两法衔接',
    label: 'Cases referred to criminal justice',
    category: 'enforcement',
    unitClass: 'cases',
    phrasings: ['录入案件101件，涉嫌犯罪17件'],
    cues: ['两法衔接…案件|录入|执法案件', '录入…案件', '涉嫌犯罪', '移送…司法机关|公安', '移送涉嫌犯罪'],
  },
]
