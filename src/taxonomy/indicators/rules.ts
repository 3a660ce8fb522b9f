/**
 * `rules` — 依法行政制度体系 (纲要 ch. 三).
 *
 * @module
 */

import type { IndicatorDefinition } from '../types.js'

/** Indicators of the `rules` category. */
export const rulesIndicators: readonly IndicatorDefinition[] = [
  {
    id: 'rules.regulations_made',
    name: '规章/法规草案',
    label: 'Regulations and rules made',
    category: 'rules',
    unitClass: 'items',
    phrasings: ['立改废法规规章28项'],
    cues: ['规章', '法规草案', '立改废…法规|规章', '地方性法规'],
  },
  {
    id: 'rules.normative_docs_issued',
    name: '制定规范性文件',
    label: 'Normative documents issued',
    category: 'rules',
    unitClass: 'items',
    phrasings: ['制定区政府行政规范性文件4件'],
    cues: [
      { pattern: '规范性文件', weight: 0.7 },
      '制定|出台|印发|制发|发布…规范性文件',
      '规范性文件…制定|出台|印发|制发|发布',
      '三统一',
    ],
  },
  {
    id: 'rules.normative_docs_reviewed',
    name: '规范性文件合法性审核',
    label: 'Normative documents reviewed for legality',
    category: 'rules',
    unitClass: 'items',
    phrasings: ['审查市政府规范性文件5件', '审核行政规范性文件8件'],
    cues: ['审查|审核|合法性审查|合法性审核…规范性文件', '规范性文件…审查|审核'],
  },
  {
    id: 'rules.normative_docs_filed',
    name: '规范性文件报备',
    label: 'Normative documents filed for record',
    category: 'rules',
    unitClass: 'items',
    phrasings: ['报备行政规范性文件1件'],
    cues: ['报备|备案…规范性文件', '规范性文件…报备|备案'],
  },
  {
    id: 'rules.normative_docs_cleaned',
    name: '规范性文件清理',
    label: 'Normative documents cleaned up',
    category: 'rules',
    unitClass: 'items',
    phrasings: ['清理…保留文件26件，修订5件，失效或废止11件'],
    cues: [
      '清理…文件|规范性文件',
      '清理…审查|梳理…文件',
      '清理…保留',
      '清理…修订|修改',
      '清理…废止|失效|宣布失效',
    ],
  },
  {
    id: 'rules.filing_rate',
    name: '报备率/及时率/规范率',
    label: 'Filing rate (on time, compliant)',
    category: 'rules',
    unitClass: 'rate',
    phrasings: ['报备及时率、规范率达100%'],
    cues: ['报备率', '备案率', '报备及时率', '备案及时率', '及时率', '规范率', '报备规范率', '备案审查率'],
  },
]
