/**
 * `digital` — 数字法治政府 (纲要 ch. 九).
 *
 * @module
 */

import type { IndicatorDefinition } from '../types.js'

/** Indicators of the `digital` category. */
export const digitalIndicators: readonly IndicatorDefinition[] = [
  {
    id: 'digital.platform_users',
    name: '平台上线执法人员/单位',
    label: 'Officers and units on the enforcement platform',
    category: 'digital',
    unitClass: ['people', 'items'],
    phrasings: ['367名执法人员上线应用平台', '40家单位开立账户'],
    cues: [
      '执法人员|单位|部门…上线|上线应用|开通账号|开通账户|开立账户|账号|接入',
      '单位…开立账户|开通账户|账户',
      '开立账户',
      '开通账号',
    ],
  },
  {
    id: 'digital.online_items',
    name: '线上办理事项',
    label: 'Items handled online',
    category: 'digital',
    unitClass: 'items',
    phrasings: ['「秒报秒批」事项533项'],
    cues: [
      { pattern: '秒报秒批', weight: 1.3 },
      { pattern: '秒批', weight: 1.3 },
      { pattern: '秒报', weight: 1.3 },
      { pattern: '线上', weight: 1.3 },
      '掌上办',
      '指尖办',
      '网上办理事项',
      '全程网办事项',
      '无人干预自动审批',
    ],
  },
]
