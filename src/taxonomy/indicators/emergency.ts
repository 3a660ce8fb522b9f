/**
 * `emergency` — 突发事件应对体系 (纲要 ch. 六).
 *
 * @module
 */

import type { IndicatorDefinition } from '../types.js'

/** Indicators of the `emergency` category. */
export const emergencyIndicators: readonly IndicatorDefinition[] = [
  {
    id: 'emergency.plans',
    name: '应急预案',
    label: 'Emergency plans',
    category: 'emergency',
    unitClass: 'items',
    phrasings: ['编制10个专项应急预案'],
    cues: ['应急预案', '预案'],
  },
  {
    id: 'emergency.drills',
    name: '应急演练',
    label: 'Emergency drills',
    category: 'emergency',
    unitClass: 'events',
    phrasings: ['组织7场次应急演练', '专项应急演练16次'],
    cues: ['应急演练', '演练', '演习'],
  },
  {
    id: 'emergency.rescue_teams',
    name: '救援队伍',
    label: 'Rescue teams',
    category: 'emergency',
    unitClass: ['items', 'people'],
    phrasings: ['1支50人的专业应急综合救援队'],
    cues: ['救援队', '救援队伍', '救援协会', '应急队伍', '抢险队', '应急…队伍|处置队|救援队'],
  },
]
