/**
 * Every message rule the library emits, in one list: the source of
 * `docs/messages.md` (generated) and a lookup for users who filter messages.
 *
 * @module
 */

import { META_RULES } from './meta/rules.js'
import { parserRules } from './parser/rules.js'

/**
 * A message rule: a stable id, its severity and what it reports.
 *
 * @category Messages
 * @example
 * ```ts
 * const rule: MessageRule | undefined = messageRules.find((r) => r.ruleId === 'missing-title')
 * //=> { ruleId: 'missing-title', severity: 'warning', stage: 'metadata',
 * //     description: 'No report title was found in the header lines, the 名称/标题 fields or the HTML/DOCX title.' }
 * ```
 */
export interface MessageRule {
  /** Stable kebab-case id, the `ruleId` of `ReportMessage`. */
  ruleId: string
  /** `warning` for problems, `info` for notes. */
  severity: 'warning' | 'info'
  /** The pipeline stage that emits it. */
  stage: 'input' | 'structure' | 'metadata'
  /** One line saying what the rule reports. */
  description: string
}

const inputRules: ReadonlyArray<Omit<MessageRule, 'stage'>> = [
  {
    ruleId: 'declared-encoding-mismatch',
    severity: 'warning',
    description:
      'The encoding a page declares does not decode its bytes cleanly; the detected encoding was used.',
  },
  {
    ruleId: 'unknown-declared-encoding',
    severity: 'warning',
    description: 'The page declares an encoding label that is not known; the encoding was detected instead.',
  },
  {
    ruleId: 'decode-replacement',
    severity: 'warning',
    description: 'Some bytes could not be decoded and became U+FFFD.',
  },
  {
    ruleId: 'external-entity-ignored',
    severity: 'warning',
    description: 'An XML external entity (SYSTEM/PUBLIC) was declared; it is never resolved.',
  },
  {
    ruleId: 'parameter-entity-ignored',
    severity: 'warning',
    description: 'An XML parameter entity was declared; it is never expanded.',
  },
  {
    ruleId: 'xml-text-path-unmatched',
    severity: 'warning',
    description: 'The `xmlTextPath` option matched no element; all text content was read instead.',
  },
  {
    ruleId: 'html-deep-nesting',
    severity: 'warning',
    description: 'The HTML nests inline tags thousands deep; they were flattened (offsets are kept).',
  },
  {
    ruleId: 'docx-styles-unreadable',
    severity: 'warning',
    description: 'The DOCX styles part could not be read; heading styles are not used.',
  },
  {
    ruleId: 'docx-core-unreadable',
    severity: 'warning',
    description: 'The DOCX core properties (title, dates) could not be read.',
  },
]

/**
 * Every rule id a `ReportMessage` can carry, with severity, stage and description.
 *
 * @category Messages
 * @example
 * ```ts
 * messageRules.find((rule) => rule.ruleId === 'template-residue')?.severity //=> 'warning'
 * ```
 */
export const messageRules: readonly MessageRule[] = Object.freeze([
  ...inputRules.map((rule) => ({ ...rule, stage: 'input' as const })),
  ...parserRules.map((rule) => ({ ...rule, stage: 'structure' as const })),
  ...Object.entries(META_RULES).map(([ruleId, rule]) => ({
    ruleId,
    severity: rule.severity,
    stage: 'metadata' as const,
    description: rule.description,
  })),
])
