/**
 * `createTaxonomy`: an immutable, validated set of indicators and categories.
 *
 * @module
 */

import { FazhiReportError } from '../errors.js'
import type { UnitClass } from '../normalize/types.js'
import { defaultCategories } from './categories.js'
import { parseCue } from './cues.js'
import type { Category, Indicator, IndicatorDefinition, IndicatorId, Taxonomy } from './types.js'

const UNIT_CLASSES: ReadonlySet<string> = new Set<UnitClass>([
  'cases',
  'items',
  'people',
  'events',
  'money',
  'rate',
])
const ID_PATTERN = /^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*$/

/**
 * Create a taxonomy from indicator definitions and categories.
 *
 * @param indicators - The indicators (default: none). Start from `defaultTaxonomy.extend(…)` to keep the built-ins.
 * @param categories - The categories indicators may use (default: the built-in `defaultCategories`).
 * @returns An immutable {@link Taxonomy}.
 * @throws {FazhiReportError} `DUPLICATE_INDICATOR` for an id given twice; `INVALID_ARGUMENT` for a malformed
 *   definition (bad id, empty name, unknown unit class or category, malformed cue) or a duplicate category.
 * @category Taxonomy
 * @example
 * ```ts
 * const taxonomy = createTaxonomy([
 *   { id: 'adjudication.cases', name: '行政裁决案件', label: 'Administrative adjudication cases',
 *     category: 'disputes', unitClass: 'cases', cues: ['行政裁决'] },
 * ])
 * taxonomy.get('adjudication.cases').cues //=> ['行政裁决']
 * taxonomy.size //=> 1
 * ```
 */
export function createTaxonomy(
  indicators: readonly IndicatorDefinition[] = [],
  categories: readonly Category[] = defaultCategories,
): Taxonomy {
  if (!Array.isArray(indicators)) {
    throw new FazhiReportError(
      'INVALID_ARGUMENT',
      'createTaxonomy expects an array of indicator definitions',
      {
        indicators,
      },
    )
  }
  if (!Array.isArray(categories)) {
    throw new FazhiReportError('INVALID_ARGUMENT', 'createTaxonomy expects an array of categories', {
      categories,
    })
  }
  const categoryMap = new Map<string, Category>()
  for (const category of categories) addCategory(categoryMap, category)
  const indicatorMap = new Map<string, Indicator>()
  for (const definition of indicators) addIndicator(indicatorMap, categoryMap, definition)
  return new FrozenTaxonomy(indicatorMap, categoryMap)
}

class FrozenTaxonomy implements Taxonomy {
  readonly size: number
  readonly #indicators: ReadonlyMap<string, Indicator>
  readonly #categories: ReadonlyMap<string, Category>
  readonly #list: readonly Indicator[]
  #byCategory: Map<string, readonly Indicator[]> | undefined

  constructor(indicators: ReadonlyMap<string, Indicator>, categories: ReadonlyMap<string, Category>) {
    this.#indicators = indicators
    this.#categories = categories
    this.#list = Object.freeze([...indicators.values()])
    this.size = this.#list.length
    Object.freeze(this)
  }

  get(id: IndicatorId): Indicator {
    const indicator = this.#indicators.get(id)
    if (indicator === undefined) {
      throw new FazhiReportError('UNKNOWN_INDICATOR', `Unknown indicator "${String(id)}"`, { id })
    }
    return indicator
  }

  has(id: string): id is IndicatorId {
    return this.#indicators.has(id)
  }

  list(): readonly Indicator[] {
    return this.#list
  }

  byCategory(category: string): readonly Indicator[] {
    if (this.#byCategory === undefined) {
      const groups = new Map<string, Indicator[]>()
      for (const indicator of this.#list) {
        let group = groups.get(indicator.category)
        if (group === undefined) {
          group = []
          groups.set(indicator.category, group)
        }
        group.push(indicator)
      }
      this.#byCategory = new Map([...groups].map(([key, value]) => [key, Object.freeze(value)]))
    }
    return this.#byCategory.get(category) ?? []
  }

  categories(): readonly Category[] {
    return [...this.#categories.values()]
  }

  category(id: string): Category | undefined {
    return this.#categories.get(id)
  }

  extend(indicators: readonly IndicatorDefinition[], categories: readonly Category[] = []): Taxonomy {
    if (!Array.isArray(indicators) || !Array.isArray(categories)) {
      throw new FazhiReportError(
        'INVALID_ARGUMENT',
        'extend expects an array of indicators (and of categories)',
        {
          indicators,
          categories,
        },
      )
    }
    const categoryMap = new Map(this.#categories)
    for (const category of categories) addCategory(categoryMap, category)
    const indicatorMap = new Map(this.#indicators)
    for (const definition of indicators) addIndicator(indicatorMap, categoryMap, definition)
    return new FrozenTaxonomy(indicatorMap, categoryMap)
  }

  omit(ids: readonly IndicatorId[]): Taxonomy {
    const indicatorMap = new Map(this.#indicators)
    for (const id of ids) {
      if (!indicatorMap.delete(id)) {
        throw new FazhiReportError('UNKNOWN_INDICATOR', `Cannot omit unknown indicator "${String(id)}"`, {
          id,
        })
      }
    }
    return new FrozenTaxonomy(indicatorMap, this.#categories)
  }
}

function addCategory(map: Map<string, Category>, category: Category): void {
  if (
    category === null ||
    typeof category !== 'object' ||
    typeof category.id !== 'string' ||
    !ID_PATTERN.test(category.id) ||
    typeof category.name !== 'string' ||
    typeof category.label !== 'string'
  ) {
    throw new FazhiReportError('INVALID_ARGUMENT', 'A category needs a snake_case id, a name and a label', {
      category,
    })
  }
  if (map.has(category.id)) {
    throw new FazhiReportError('INVALID_ARGUMENT', `Duplicate category "${category.id}"`, { id: category.id })
  }
  map.set(
    category.id,
    Object.freeze({
      id: category.id,
      name: category.name,
      label: category.label,
      chapter: category.chapter ?? null,
    }),
  )
}

function addIndicator(
  map: Map<string, Indicator>,
  categories: ReadonlyMap<string, Category>,
  definition: IndicatorDefinition,
): void {
  if (definition === null || typeof definition !== 'object') {
    throw new FazhiReportError('INVALID_ARGUMENT', 'An indicator definition must be an object', {
      definition,
    })
  }
  const { id, name, label, category } = definition
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
    throw new FazhiReportError(
      'INVALID_ARGUMENT',
      `Indicator id "${String(id)}" must be lower snake_case segments joined by dots (e.g. "adjudication.cases")`,
      { id },
    )
  }
  if (map.has(id)) {
    throw new FazhiReportError(
      'DUPLICATE_INDICATOR',
      `Indicator "${id}" already exists; omit it first to redefine it`,
      {
        id,
      },
    )
  }
  if (typeof name !== 'string' || name.length === 0 || typeof label !== 'string' || label.length === 0) {
    throw new FazhiReportError('INVALID_ARGUMENT', `Indicator "${id}" needs a non-empty name and label`, {
      id,
    })
  }
  if (typeof category !== 'string' || !categories.has(category)) {
    throw new FazhiReportError(
      'INVALID_ARGUMENT',
      `Indicator "${id}" has unknown category "${String(category)}"; pass the category to createTaxonomy/extend`,
      { id, category },
    )
  }
  const classes = Array.isArray(definition.unitClass) ? definition.unitClass : [definition.unitClass]
  if (classes.length === 0 || !classes.every((unitClass) => UNIT_CLASSES.has(unitClass as string))) {
    throw new FazhiReportError(
      'INVALID_ARGUMENT',
      `Indicator "${id}" has an unknown unit class (use cases, items, people, events, money, rate)`,
      { id, unitClass: definition.unitClass },
    )
  }
  const cues = definition.cues ?? [name]
  for (const cue of cues) parseCue(cue)
  const exclusions = definition.exclusions ?? []
  if (
    !Array.isArray(exclusions) ||
    !exclusions.every((phrase) => typeof phrase === 'string' && phrase.length > 0)
  ) {
    throw new FazhiReportError('INVALID_ARGUMENT', `Indicator "${id}" exclusions must be non-empty strings`, {
      id,
    })
  }
  const indicator: Indicator = {
    id,
    name,
    label,
    category,
    unitClass: Array.isArray(definition.unitClass)
      ? Object.freeze([...definition.unitClass])
      : (definition.unitClass as UnitClass),
    phrasings: Object.freeze([...(definition.phrasings ?? [])]),
    cues: Object.freeze(cues.map((cue) => (typeof cue === 'string' ? cue : Object.freeze({ ...cue })))),
    exclusions: Object.freeze([...exclusions]),
    sectionKinds: Object.freeze([...(definition.sectionKinds ?? ['achievements'])]),
  }
  map.set(id, Object.freeze(indicator))
}

/**
 * The unit classes of an indicator as an array.
 *
 * @param indicator - An indicator.
 * @returns Its unit classes.
 * @category Taxonomy
 * @example
 * ```ts
 * unitClassesOf(defaultTaxonomy.get('disputes.wage_arrears')) //=> ['cases', 'money']
 * ```
 */
export function unitClassesOf(indicator: Pick<Indicator, 'unitClass'>): readonly UnitClass[] {
  return Array.isArray(indicator.unitClass) ? indicator.unitClass : [indicator.unitClass as UnitClass]
}
