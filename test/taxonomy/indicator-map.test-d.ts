import { describe, expectTypeOf, it } from 'vitest'
import type { Indicator, IndicatorId } from '../../src/taxonomy/index.js'
import { defaultTaxonomy } from '../../src/taxonomy/index.js'

// Users make their own ids type-safe the same way (`declare module 'fazhi-report'`).
declare module '../../src/taxonomy/types.js' {
  interface IndicatorMap {
    'test_only.widgets': true
  }
}

describe('IndicatorMap', () => {
  it('makes built-in ids IndicatorId', () => {
    expectTypeOf<'reconsideration.accepted'>().toExtend<IndicatorId>()
    expectTypeOf(defaultTaxonomy.get('reconsideration.accepted')).toEqualTypeOf<Indicator>()
    // @ts-expect-error: a typo is not an indicator id
    defaultTaxonomy.get('reconsideration.acepted')
  })

  it('accepts ids added by augmentation', () => {
    expectTypeOf<'test_only.widgets'>().toExtend<IndicatorId>()
    const extended = defaultTaxonomy.extend([
      {
        id: 'test_only.widgets',
        name: '小部件',
        label: 'Widgets',
        category: 'functions',
        unitClass: 'items',
      },
    ])
    expectTypeOf(extended.get('test_only.widgets').id).toEqualTypeOf<IndicatorId>()
  })

  it('narrows a string from data with has()', () => {
    const id: string = 'oversight.hotline_requests'
    if (defaultTaxonomy.has(id)) expectTypeOf(id).toEqualTypeOf<IndicatorId>()
  })
})
