/**
 * `legal_services` — 公共法律服务.
 *
 * @module
 */

import type { IndicatorDefinition } from '../types.js'

/** Indicators of the `legal_services` category. */
export const legalServicesIndicators: readonly IndicatorDefinition[] = [
  {
    id: 'legal_services.legal_aid_cases',
    name: '法律援助案件',
    label: 'Legal aid cases',
    category: 'legal_services',
    unitClass: 'cases',
    phrasings: ['受理法律援助310件', '办理法律援助案件共1024件'],
    cues: ['法律援助', '法援', '法律援助案件'],
  },
  {
    id: 'legal_services.legal_help',
    name: '法律帮助/咨询',
    label: 'Legal help and consultations',
    category: 'legal_services',
    unitClass: ['cases', 'people'],
    phrasings: ['法律帮助191件', '法律咨询7000余人次'],
    cues: ['法律帮助', '法律咨询', '解答…咨询', '咨询'],
  },
  {
    id: 'legal_services.notarizations',
    name: '公证',
    label: 'Notarizations',
    category: 'legal_services',
    unitClass: 'cases',
    phrasings: ['办理涉外涉侨公证35件'],
    cues: ['公证'],
  },
  {
    id: 'legal_services.community_counsel',
    name: '村（社区）法律顾问服务',
    label: 'Village and community legal counsel services',
    category: 'legal_services',
    unitClass: 'events',
    phrasings: ['社区法律顾问共计服务1062次'],
    cues: ['社区法律顾问', '村法律顾问', '村(社区)法律顾问', '法律顾问…服务'],
  },
  {
    id: 'legal_services.recovered_amount',
    name: '挽回损失',
    label: 'Losses recovered',
    category: 'legal_services',
    unitClass: 'money',
    phrasings: ['挽回农民工损失897万元'],
    cues: ['挽回', '挽回…损失', '追回', '讨回'],
  },
]
