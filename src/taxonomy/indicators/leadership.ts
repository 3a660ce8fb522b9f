/**
 * `leadership` — 加强党的领导，完善推进机制 (纲要 ch. 十, with ch. 一).
 *
 * @module
 */

import type { IndicatorDefinition } from '../types.js'

const kinds = ['achievements', 'leader_duties'] as const

/** Indicators of the `leadership` category. */
export const leadershipIndicators: readonly IndicatorDefinition[] = [
  {
    id: 'leadership.law_study_sessions',
    name: '常务会议会前学法/集体学法',
    label: 'Law study sessions of the executive meeting',
    category: 'leadership',
    unitClass: 'events',
    phrasings: ['会前学法14次', '组织专题学法4次'],
    cues: ['会前学法', '集体学法', '专题学法', '学法', '法治思想…专题学习'],
    sectionKinds: kinds,
  },
  {
    id: 'leadership.rule_of_law_agenda',
    name: '研究法治议题',
    label: 'Rule-of-law agenda items discussed',
    category: 'leadership',
    unitClass: ['items', 'events'],
    phrasings: ['研究法治政府建设议题47项', '专题研究法治工作9次'],
    cues: ['法治…议题', '研究…法治…议题', { pattern: '议题', weight: 0.8 }, '专题研究…法治'],
    sectionKinds: kinds,
  },
  {
    id: 'leadership.shufa_persons',
    name: '述法人数',
    label: 'Officials reporting on rule-of-law duties (述法)',
    category: 'leadership',
    unitClass: 'people',
    phrasings: ['单独述法742人', '110余名主要负责人述法'],
    cues: ['述法'],
    sectionKinds: kinds,
  },
  {
    id: 'leadership.cadre_exam_participants',
    name: '学法考法人数',
    label: 'Officials taking law exams',
    category: 'leadership',
    unitClass: 'people',
    phrasings: ['近5500名国家工作人员参加学法考试'],
    cues: ['学法考试', '学法考法', '考法', '法律知识考试', '学法用法考试', '国家工作人员|领导干部…参加…考试'],
    sectionKinds: kinds,
  },
  {
    id: 'leadership.court_hearing_attendees',
    name: '旁听庭审人数',
    label: 'Officials attending court hearings',
    category: 'leadership',
    unitClass: 'people',
    phrasings: ['组织50名领导干部旁听庭审'],
    cues: ['旁听庭审', '旁听', '观摩庭审', '庭审观摩'],
    sectionKinds: kinds,
  },
  {
    id: 'leadership.law_list_items',
    name: '应知应会法律法规清单',
    label: 'Laws on the must-know list',
    category: 'leadership',
    unitClass: 'items',
    phrasings: ['142部党内法规和法律法规纳入清单'],
    cues: ['应知应会', '纳入清单', '法规清单', '清单…法律法规|党内法规'],
    sectionKinds: kinds,
  },
  {
    id: 'leadership.inspections',
    name: '法治督察',
    label: 'Rule-of-law inspections',
    category: 'leadership',
    unitClass: 'events',
    phrasings: ['实地督察2轮', '专项督查92次'],
    cues: ['督察', '专项督查', '督查'],
    sectionKinds: kinds,
  },
]
