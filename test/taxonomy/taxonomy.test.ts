import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FazhiReportError } from '../../src/errors.js'
import type { IndicatorDefinition, IndicatorId } from '../../src/taxonomy/index.js'
import {
  createTaxonomy,
  defaultCategories,
  defaultTaxonomy,
  parseCue,
  taxonomyToMarkdown,
  unitClassesOf,
} from '../../src/taxonomy/index.js'

/** Every indicator id of ../shared/TAXONOMY.md (the contract: never renamed). */
const CONTRACT_IDS = [
  'leadership.law_study_sessions',
  'leadership.rule_of_law_agenda',
  'leadership.shufa_persons',
  'leadership.cadre_exam_participants',
  'leadership.court_hearing_attendees',
  'leadership.law_list_items',
  'leadership.inspections',
  'functions.power_list_items',
  'functions.delegated_powers',
  'functions.service_items',
  'functions.service_cases',
  'functions.online_rate',
  'functions.market_entities',
  'functions.fair_competition_reviews',
  'rules.regulations_made',
  'rules.normative_docs_issued',
  'rules.normative_docs_reviewed',
  'rules.normative_docs_filed',
  'rules.normative_docs_cleaned',
  'rules.filing_rate',
  'decisions.major_decisions',
  'decisions.legality_reviews',
  'decisions.legal_opinions',
  'decisions.legal_advisers',
  'decisions.public_consultations',
  'decisions.amount_reviewed',
  'enforcement.cases',
  'enforcement.results_published',
  'enforcement.certified_officers',
  'enforcement.training_people',
  'enforcement.training_sessions',
  'enforcement.case_file_reviews',
  'enforcement.supervision_actions',
  'enforcement.fines',
  'enforcement.random_inspections',
  'enforcement.criminal_referrals',
  'emergency.plans',
  'emergency.drills',
  'emergency.rescue_teams',
  'reconsideration.applications_received',
  'reconsideration.accepted',
  'reconsideration.concluded',
  'reconsideration.upheld',
  'reconsideration.rejected',
  'reconsideration.corrected',
  'reconsideration.correction_rate',
  'reconsideration.mediated',
  'reconsideration.conclusion_rate',
  'reconsideration.opinion_letters',
  'litigation.cases',
  'litigation.losses',
  'litigation.loss_rate',
  'litigation.head_appearances',
  'litigation.head_appearance_rate',
  'disputes.mediation_cases',
  'disputes.mediation_success',
  'disputes.mediation_success_rate',
  'disputes.labor_cases',
  'disputes.wage_arrears',
  'disputes.petitions',
  'oversight.npc_suggestions',
  'oversight.cppcc_proposals',
  'oversight.npc_cppcc_combined',
  'oversight.suggestion_completion_rate',
  'oversight.audit_projects',
  'oversight.audit_findings',
  'oversight.disclosure_proactive',
  'oversight.disclosure_requests',
  'oversight.disclosure_reply_rate',
  'oversight.hotline_requests',
  'oversight.hotline_ontime_rate',
  'oversight.hotline_satisfaction',
  'oversight.supervision_items',
  'digital.platform_users',
  'digital.online_items',
  'legal_services.legal_aid_cases',
  'legal_services.legal_help',
  'legal_services.notarizations',
  'legal_services.community_counsel',
  'legal_services.recovered_amount',
  'publicity.events',
  'publicity.participants',
  'publicity.materials',
  'publicity.legal_aides',
  'publicity.demo_villages',
]

const adjudication = {
  id: 'adjudication.cases' as IndicatorId,
  name: '行政裁决案件',
  label: 'Administrative adjudication cases',
  category: 'disputes',
  unitClass: 'cases',
  cues: ['行政裁决'],
} satisfies IndicatorDefinition

function codeOf(run: () => unknown): string | undefined {
  try {
    run()
  } catch (error) {
    return error instanceof FazhiReportError ? error.code : 'not a FazhiReportError'
  }
  return undefined
}

describe('defaultTaxonomy', () => {
  it('has every indicator id of TAXONOMY.md, with exactly that id', () => {
    expect(CONTRACT_IDS).toHaveLength(85)
    for (const id of CONTRACT_IDS) expect(defaultTaxonomy.has(id), id).toBe(true)
    expect(defaultTaxonomy.list().map((indicator) => indicator.id)).toEqual(CONTRACT_IDS)
  })

  it('puts each indicator in a known category, with a name, label, unit class, phrasings and cues', () => {
    const categories = new Set(defaultTaxonomy.categories().map((category) => category.id))
    for (const indicator of defaultTaxonomy.list()) {
      expect(categories.has(indicator.category), indicator.id).toBe(true)
      expect(indicator.name.length, indicator.id).toBeGreaterThan(0)
      expect(indicator.label, indicator.id).toMatch(/[A-Za-z]{3}/)
      expect(unitClassesOf(indicator).length, indicator.id).toBeGreaterThan(0)
      expect(indicator.phrasings.length, indicator.id).toBeGreaterThan(0)
      expect(indicator.cues.length, indicator.id).toBeGreaterThan(0)
      expect(indicator.sectionKinds.length, indicator.id).toBeGreaterThan(0)
    }
  })

  it('has the eleven categories of TAXONOMY.md in order', () => {
    expect(defaultTaxonomy.categories().map((category) => category.id)).toEqual([
      'leadership',
      'functions',
      'rules',
      'decisions',
      'enforcement',
      'emergency',
      'disputes',
      'oversight',
      'digital',
      'legal_services',
      'publicity',
    ])
    expect(defaultTaxonomy.category('disputes')?.chapter).toBe(7)
    expect(defaultTaxonomy.category('publicity')?.chapter).toBeNull()
    expect(defaultTaxonomy.category('nope')).toBeUndefined()
  })

  it('groups by category in definition order', () => {
    expect(defaultTaxonomy.byCategory('emergency').map((indicator) => indicator.id)).toEqual([
      'emergency.plans',
      'emergency.drills',
      'emergency.rescue_teams',
    ])
    expect(
      defaultTaxonomy.byCategory('disputes').some((indicator) => indicator.id.startsWith('litigation.')),
    ).toBe(true)
    expect(defaultTaxonomy.byCategory('nope')).toEqual([])
  })

  it('gets an indicator and throws UNKNOWN_INDICATOR for an unknown id', () => {
    expect(defaultTaxonomy.get('reconsideration.accepted').name).toBe('受理')
    expect(defaultTaxonomy.get('disputes.wage_arrears').unitClass).toEqual(['cases', 'money'])
    expect(codeOf(() => defaultTaxonomy.get('nope.nope' as IndicatorId))).toBe('UNKNOWN_INDICATOR')
  })

  it('is immutable', () => {
    const indicator = defaultTaxonomy.get('reconsideration.accepted')
    expect(Object.isFrozen(indicator)).toBe(true)
    expect(Object.isFrozen(indicator.cues)).toBe(true)
    expect(Object.isFrozen(defaultTaxonomy.list())).toBe(true)
    expect(() => {
      ;(indicator as { name: string }).name = 'x'
    }).toThrow(TypeError)
  })
})

describe('createTaxonomy / extend / omit', () => {
  it('creates an empty taxonomy with the default categories', () => {
    const taxonomy = createTaxonomy()
    expect(taxonomy.size).toBe(0)
    expect(taxonomy.categories()).toHaveLength(defaultCategories.length)
  })

  it('defaults cues to the name, phrasings to [], section kinds to achievements', () => {
    const taxonomy = createTaxonomy([{ ...adjudication, cues: undefined }])
    const indicator = taxonomy.get('adjudication.cases' as IndicatorId)
    expect(indicator.cues).toEqual(['行政裁决案件'])
    expect(indicator.phrasings).toEqual([])
    expect(indicator.exclusions).toEqual([])
    expect(indicator.sectionKinds).toEqual(['achievements'])
  })

  it('extend returns a new taxonomy and leaves the receiver unchanged', () => {
    const extended = defaultTaxonomy.extend([adjudication])
    expect(extended).not.toBe(defaultTaxonomy)
    expect(extended.size).toBe(defaultTaxonomy.size + 1)
    expect(extended.has('adjudication.cases')).toBe(true)
    expect(defaultTaxonomy.has('adjudication.cases')).toBe(false)
    expect(extended.byCategory('disputes').at(-1)?.id).toBe('adjudication.cases')
  })

  it('extends with a new category', () => {
    const extended = defaultTaxonomy.extend(
      [{ ...adjudication, id: 'finance.budget' as IndicatorId, category: 'finance', unitClass: 'money' }],
      [{ id: 'finance', name: '财政', label: 'Finance', chapter: null }],
    )
    expect(extended.category('finance')?.label).toBe('Finance')
    expect(extended.byCategory('finance')).toHaveLength(1)
  })

  it('throws DUPLICATE_INDICATOR for an existing id', () => {
    expect(codeOf(() => defaultTaxonomy.extend([{ ...adjudication, id: 'reconsideration.accepted' }]))).toBe(
      'DUPLICATE_INDICATOR',
    )
    expect(codeOf(() => createTaxonomy([adjudication, adjudication]))).toBe('DUPLICATE_INDICATOR')
  })

  it('rejects malformed definitions with INVALID_ARGUMENT', () => {
    const bad: Partial<Record<keyof IndicatorDefinition, unknown>>[] = [
      { id: 'Bad Id' },
      { id: '' },
      { name: '' },
      { label: '' },
      { category: 'no_such_category' },
      { unitClass: 'bytes' },
      { unitClass: [] },
      { cues: [''] },
      { cues: ['a…'] },
      { cues: ['a||b'] },
      { cues: [{ pattern: 'a', weight: 0 }] },
      { cues: [{ pattern: 'a', weight: Number.NaN }] },
      { exclusions: [''] },
    ]
    for (const patch of bad) {
      const definition = { ...adjudication, ...patch } as IndicatorDefinition
      expect(
        codeOf(() => defaultTaxonomy.extend([definition])),
        JSON.stringify(patch),
      ).toBe('INVALID_ARGUMENT')
    }
    expect(codeOf(() => createTaxonomy('x' as never))).toBe('INVALID_ARGUMENT')
    expect(codeOf(() => defaultTaxonomy.extend([], [defaultCategories[0]!]))).toBe('INVALID_ARGUMENT')
  })

  it('omit removes indicators (to redefine one) and throws for an unknown id', () => {
    const base = defaultTaxonomy.get('oversight.hotline_requests')
    const redefined = defaultTaxonomy
      .omit(['oversight.hotline_requests'])
      .extend([{ ...base, cues: [...base.cues, '政务服务便民热线…受理'] }])
    expect(redefined.size).toBe(defaultTaxonomy.size)
    expect(redefined.get('oversight.hotline_requests').cues.at(-1)).toBe('政务服务便民热线…受理')
    expect(codeOf(() => defaultTaxonomy.omit(['nope.nope' as IndicatorId]))).toBe('UNKNOWN_INDICATOR')
  })
})

describe('parseCue', () => {
  it('splits parts on … and alternatives on |', () => {
    expect(parseCue('复议…受理|办结').parts).toEqual([['复议'], ['受理', '办结']])
    expect(parseCue('公证')).toEqual({ pattern: '公证', parts: [['公证']], weight: 1, local: false })
  })

  it('reads weight and local, and brings full-width punctuation to the view form', () => {
    expect(parseCue({ pattern: '事项', weight: 0.4 }).weight).toBe(0.4)
    expect(parseCue({ pattern: '人大…政协', local: true }).local).toBe(true)
    expect(parseCue('村（社区）法律顾问').parts).toEqual([['村(社区)法律顾问']])
  })
})

describe('docs/taxonomy.md', () => {
  it('is up to date (run: node --import tsx scripts/gen-taxonomy-doc.ts)', () => {
    const current = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'taxonomy.md'), 'utf8')
    expect(current).toBe(taxonomyToMarkdown(defaultTaxonomy))
  })

  it('has one table per category and one row per indicator', () => {
    const markdown = taxonomyToMarkdown(defaultTaxonomy)
    expect(markdown.match(/^## /gm)).toHaveLength(11)
    expect(markdown.match(/^\| `[a-z_]+\.[a-z_]+` /gm)).toHaveLength(85)
    expect(markdown).toContain(
      '| `reconsideration.accepted` | 受理 | Reconsideration cases accepted | cases | 受理53宗 · 受理89件 |',
    )
  })
})
