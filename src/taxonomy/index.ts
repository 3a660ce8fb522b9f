/**
 * The indicator taxonomy: ../shared/TAXONOMY.md as code.
 *
 * @module
 */

import { defaultCategories } from './categories.js'
import { createTaxonomy } from './create.js'
import { decisionsIndicators } from './indicators/decisions.js'
import { digitalIndicators } from './indicators/digital.js'
import { disputesIndicators } from './indicators/disputes.js'
import { emergencyIndicators } from './indicators/emergency.js'
import { enforcementIndicators } from './indicators/enforcement.js'
import { functionsIndicators } from './indicators/functions.js'
import { leadershipIndicators } from './indicators/leadership.js'
import { legalServicesIndicators } from './indicators/legal-services.js'
import { oversightIndicators } from './indicators/oversight.js'
import { publicityIndicators } from './indicators/publicity.js'
import { rulesIndicators } from './indicators/rules.js'
import type { IndicatorDefinition, Taxonomy } from './types.js'

export { defaultCategories } from './categories.js'
export { createTaxonomy, unitClassesOf } from './create.js'
export { type ParsedCue, parseCue } from './cues.js'
export { taxonomyToMarkdown } from './markdown.js'
export type {
  Category,
  Cue,
  Indicator,
  IndicatorDefinition,
  IndicatorId,
  IndicatorMap,
  Taxonomy,
} from './types.js'

/**
 * The built-in indicator definitions, in the order of ../shared/TAXONOMY.md.
 *
 * @category Taxonomy
 * @example
 * ```ts
 * defaultIndicators.length //=> 85
 * ```
 */
export const defaultIndicators: readonly IndicatorDefinition[] = Object.freeze([
  ...leadershipIndicators,
  ...functionsIndicators,
  ...rulesIndicators,
  ...decisionsIndicators,
  ...enforcementIndicators,
  ...emergencyIndicators,
  ...disputesIndicators,
  ...oversightIndicators,
  ...digitalIndicators,
  ...legalServicesIndicators,
  ...publicityIndicators,
])

/**
 * The built-in taxonomy: every indicator and category of ../shared/TAXONOMY.md.
 * Immutable; `defaultTaxonomy.extend([...])` returns a new taxonomy.
 *
 * @category Taxonomy
 * @example
 * ```ts
 * defaultTaxonomy.get('reconsideration.accepted').name //=> '受理'
 * defaultTaxonomy.byCategory('emergency').map((indicator) => indicator.id)
 * //=> ['emergency.plans', 'emergency.drills', 'emergency.rescue_teams']
 * ```
 */
export const defaultTaxonomy: Taxonomy = createTaxonomy(defaultIndicators, defaultCategories)
