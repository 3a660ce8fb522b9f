/**
 * `functions` — 政府机构职能体系 (纲要 ch. 二).
 *
 * @module
 */

import type { IndicatorDefinition } from '../types.js'

/** Indicators of the `functions` category. */
export const functionsIndicators: readonly IndicatorDefinition[] = [
  {
    id: 'functions.power_list_items',
    name: '权责清单事项',
    label: 'Items on the power and responsibility list',
    category: 'functions',
    unitClass: 'items',
    phrasings: ['审定并公布权责事项3295项'],
    cues: ['权责事项', '权力事项', '权责清单', '权力清单', '权责清单…事项'],
  },
  {
    id: 'functions.delegated_powers',
    name: '下放/赋权事项',
    label: 'Powers delegated to lower levels',
    category: 'functions',
    unitClass: 'items',
    phrasings: ['1063项行政执法事项纳入职权下放'],
    cues: [
      { pattern: '下放', weight: 1.6 },
      { pattern: '职权下放', weight: 1.6 },
      { pattern: '赋权', weight: 1.4 },
      // 「向乡镇赋予县级经济社会管理权限89项」
      '赋予…权限',
      '承接…事项',
    ],
  },
  {
    id: 'functions.service_items',
    name: '政务服务事项',
    label: 'Government service items',
    category: 'functions',
    unitClass: 'items',
    phrasings: ['「不见面审批」事项496项', '跨域通办140项'],
    cues: [
      { pattern: '事项', weight: 0.2 },
      { pattern: '政务服务', weight: 0.7 },
      '服务事项',
      '事项清单',
      '跨域通办',
      '跨省通办',
      '通办',
      '一件事',
      '主题服务',
      '不见面审批',
      '免证办',
      '告知承诺',
    ],
  },
  {
    id: 'functions.service_cases',
    name: '政务服务办件量',
    label: 'Government service cases handled',
    category: 'functions',
    unitClass: 'cases',
    phrasings: ['办理行政审批服务事项20.56万件'],
    cues: [
      '办件',
      '审批服务事项',
      '审批事项',
      '许可事项',
      '办理…事项',
      // 「办理各类政务服务事项36.8万件」「办理登记注册业务12.4万件」: a caseload, not an item list.
      { pattern: '办理|办结|受理…服务事项|政务服务事项|业务', local: true },
      // 「全年受理办结各类事项4360件」 at a service centre.
      { pattern: '办理|办结|受理…各类事项', local: true },
      // 批覆 / 答覆: how text converted from traditional script may spell 批复 / 答复.
      '批复|批覆…项目',
      '项目…备案',
    ],
  },
  {
    id: 'functions.online_rate',
    name: '网上可办率/全程网办率',
    label: 'Share of services available online',
    category: 'functions',
    unitClass: 'rate',
    phrasings: ['网上可办率达93.03%'],
    cues: ['网上可办率', '全程网办率', '网办率', '可网办率', '网上办理率', '网上办结率', '一网通办率'],
  },
  {
    id: 'functions.market_entities',
    name: '市场主体',
    label: 'Registered market entities',
    category: 'functions',
    unitClass: 'items',
    phrasings: ['市场主体登记实有48865户'],
    cues: ['市场主体', '经营主体', '市场主体登记', '实有…户'],
  },
  {
    id: 'functions.fair_competition_reviews',
    name: '公平竞争审查',
    label: 'Fair competition reviews',
    category: 'functions',
    unitClass: ['events', 'items'],
    phrasings: ['开展公平竞争审查4次'],
    cues: ['公平竞争审查'],
  },
]
