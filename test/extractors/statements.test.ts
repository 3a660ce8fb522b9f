import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  createExtractorRegistry,
  defaultExtractors,
  leaderDutiesExtractor,
  plansExtractor,
  rectificationExtractor,
  runExtractors,
  shortcomingsExtractor,
} from '../../src/extractors/index.js'
import { loadSource } from '../../src/input/index.js'
import { buildDocument } from '../../src/parser/index.js'
import { defaultTaxonomy } from '../../src/taxonomy/index.js'
import type { SectionSpec } from './helpers.js'
import { makeDocument } from './helpers.js'

function statements(specs: SectionSpec[]) {
  const document = makeDocument(specs)
  const result = runExtractors(
    document,
    createExtractorRegistry([
      shortcomingsExtractor,
      plansExtractor,
      leaderDutiesExtractor,
      rectificationExtractor,
    ]),
    defaultTaxonomy,
  )
  const text = document.source.text
  const show = (list: keyof typeof result.statements) =>
    result.statements[list].map((item) => [item.marker, text.slice(item.start, item.end)])
  return { result, show }
}

describe('shortcomings', () => {
  it('splits on run-in markers and skips the introduction', () => {
    const { show } = statements([
      {
        title: '存在的不足',
        kind: 'shortcomings',
        paragraphs: [
          '2024年,我区取得了一些成效,但也存在一定不足,主要表现在:一是思想认识有待提高。部分部门意识不强。二是执法能力有待提升。',
        ],
      },
    ])
    expect(show('shortcomings')).toEqual([
      ['一是', '思想认识有待提高。部分部门意识不强。'],
      ['二是', '执法能力有待提升。'],
    ])
  })

  it('makes each titled subsection one problem: its title with its explanation', () => {
    const { result, show } = statements([
      {
        title: '存在问题和原因',
        kind: 'shortcomings',
        paragraphs: ['对照人民群众的期望,仍存在一些薄弱环节,主要表现在:'],
        children: [
          {
            title: '线上政务服务办事体验还需进一步优化',
            kind: 'shortcomings',
            paragraphs: ['因平台由省统一部署。'],
          },
          { title: '行政执法案件办理占比不均衡', kind: 'shortcomings', paragraphs: ['办案类型占比失衡。'] },
        ],
      },
    ])
    expect(show('shortcomings')).toEqual([
      [null, '线上政务服务办事体验还需进一步优化\n因平台由省统一部署。'],
      [null, '行政执法案件办理占比不均衡\n办案类型占比失衡。'],
    ])
    expect(result.statements.shortcomings.map((item) => item.sectionId)).toEqual(['s1.1', 's1.2'])
  })

  it('keeps the problems of an acknowledgement sentence and drops the promise', () => {
    const { show } = statements([
      {
        kind: 'shortcomings',
        paragraphs: [
          '虽然取得了一定成效,但仍存在一些差距和不足,主要表现为“放管服”改革仍需推进,执法水平有待提升。对这些问题,我们将认真加以解决。',
        ],
      },
    ])
    expect(show('shortcomings')).toEqual([[null, '“放管服”改革仍需推进,执法水平有待提升。']])
  })
})

describe('plans, leader duties, rectification', () => {
  it('makes one planned action per sentence and skips 「做好以下工作:」', () => {
    const { show } = statements([
      {
        title: '下一步工作打算',
        kind: 'plans',
        paragraphs: ['接下来,我市将做好以下工作:'],
        children: [
          { title: '持续加强党的领导', kind: 'plans', paragraphs: ['统筹推进法治政府建设。健全决策机制。'] },
        ],
      },
    ])
    expect(show('plans')).toEqual([
      [null, '统筹推进法治政府建设。'],
      [null, '健全决策机制。'],
    ])
  })

  it('reads duties performed and items fixed from their sections, with list markers', () => {
    const { show } = statements([
      {
        title: '第一责任人职责',
        kind: 'leader_duties',
        paragraphs: ['主要负责同志亲自部署推进。组织50名领导干部旁听庭审。'],
      },
      {
        title: '上一年度存在问题改进情况',
        kind: 'rectification',
        paragraphs: ['(1)执法队伍建设加强。(2)营商环境优化。'],
      },
    ])
    expect(show('leaderDuties')).toEqual([
      [null, '主要负责同志亲自部署推进。'],
      [null, '组织50名领导干部旁听庭审。'],
    ])
    expect(show('rectifications')).toEqual([
      ['(1)', '执法队伍建设加强。'],
      ['(2)', '营商环境优化。'],
    ])
  })

  it('reads a real report (seed 003)', () => {
    const input = readFileSync(
      join(import.meta.dirname, '..', 'fixtures', 'seeds', '003_0f3b6fe8336d67dc.txt'),
      'utf8',
    )
    const source = loadSource(input)
    const { document } = buildDocument(source)
    const result = runExtractors(document, defaultExtractors(), defaultTaxonomy)
    expect(result.statements.shortcomings.map((item) => item.marker)).toEqual(['一是', '二是', '三是'])
    expect(
      source.text.slice(result.statements.shortcomings[0]!.start, result.statements.shortcomings[0]!.end),
    ).toMatch(/^思想认识有待提高。/)
    expect(result.statements.plans.length).toBeGreaterThanOrEqual(4)
    for (const list of Object.values(result.statements)) {
      for (const item of list) expect(item.end).toBeGreaterThan(item.start)
    }
  })
})
