/**
 * Rule ids of the messages the parser emits.
 *
 * @module
 */

/**
 * Description of one message rule.
 *
 * @category Parser
 */
export interface ParserRule {
  /** The stable rule id. */
  ruleId: string
  /** The severity the rule is emitted with. */
  severity: 'warning' | 'info'
  /** One line saying what the rule reports. */
  description: string
}

/**
 * Every rule id {@link buildDocument} may emit, with a one-line description.
 *
 * @category Parser
 * @example
 * ```ts
 * parserRules.map((rule) => rule.ruleId).includes('heading-skip') //=> true
 * ```
 */
export const parserRules: readonly ParserRule[] = [
  {
    ruleId: 'heading-skip',
    severity: 'warning',
    description: 'Heading numbering skips an ordinal (一、二、四) or a list starts above 1.',
  },
  {
    ruleId: 'heading-restart',
    severity: 'warning',
    description: 'Heading numbering goes back or repeats (二、 after 三、) without a new parent heading.',
  },
  {
    ruleId: 'no-headings',
    severity: 'warning',
    description: 'No numbered outline (一、 / (一) / 1.) was found; the body is one unheaded part.',
  },
  {
    ruleId: 'no-body',
    severity: 'warning',
    description: 'No body text was found (the input is empty or page furniture only).',
  },
  {
    ruleId: 'empty-section',
    severity: 'warning',
    description: 'A headed section has neither text nor subsections.',
  },
  {
    ruleId: 'template-residue',
    severity: 'warning',
    description: 'Template placeholder left in the text (`*次`, `XX件`, `xx年`).',
  },
]
