/**
 * `publicity` — 普法与法治宣传.
 *
 * @module
 */

import type { IndicatorDefinition } from '../types.js'

const legal = '法治|普法|法律|宪法|民法典|法制'

/** Indicators of the `publicity` category. */
export const publicityIndicators: readonly IndicatorDefinition[] = [
  {
    id: 'publicity.events',
    name: '普法活动/讲座',
    label: 'Legal publicity events and lectures',
    category: 'publicity',
    unitClass: 'events',
    phrasings: ['「法律六进」活动763场', '普法宣讲236场次'],
    cues: [
      '普法宣讲',
      '普法活动',
      '法治讲座',
      '法律讲座',
      '法治宣传活动',
      '普法宣传',
      '法律六进',
      `${legal}…宣讲|讲座|宣传活动|活动|宣传|文艺汇演|培训`,
    ],
  },
  {
    id: 'publicity.participants',
    name: '参与人次',
    label: 'People reached by legal publicity',
    category: 'publicity',
    unitClass: 'people',
    phrasings: ['观众超16万人次'],
    cues: ['观众', '受众', '受益群众', '参与群众', '参与人次', `${legal}…参与|覆盖|受教育`],
  },
  {
    id: 'publicity.materials',
    name: '宣传资料/作品',
    label: 'Publicity materials and works',
    category: 'publicity',
    unitClass: 'items',
    phrasings: ['发放宣传资料30万册', '普法微视频9部'],
    cues: [
      '宣传资料',
      '宣传品',
      '宣传册',
      '普法资料',
      '微视频',
      '法治文化作品',
      `${legal}…作品|视频|资料|手册|读本`,
    ],
  },
  {
    id: 'publicity.legal_aides',
    name: '法律明白人',
    label: '“Legal understanders” trained (法律明白人)',
    category: 'publicity',
    unitClass: 'people',
    phrasings: ['培养「法律明白人」2038名'],
    cues: ['法律明白人', '明白人', '法治带头人'],
  },
  {
    id: 'publicity.demo_villages',
    name: '民主法治示范村（社区）',
    label: 'Democracy and rule-of-law model villages',
    category: 'publicity',
    unitClass: 'items',
    phrasings: ['3个村（社区）获评'],
    cues: ['民主法治示范村', '示范村', '示范社区', '村|社区…获评|命名|创建'],
  },
]
