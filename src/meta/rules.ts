/**
 * Rule ids of the messages the metadata stage emits.
 *
 * @module
 */

/**
 * Every message rule id the metadata stage emits, with its severity and a
 * one-line description. Ids are stable.
 *
 * @category Metadata
 * @example
 * ```ts
 * META_RULES['missing-title'].severity //=> 'warning'
 * Object.keys(META_RULES).length //=> 7
 * ```
 */
export const META_RULES = {
  'missing-title': {
    severity: 'warning',
    description:
      'No report title was found in the header lines, the 名称/标题 fields or the HTML/DOCX title.',
  },
  'report-year-ambiguous': {
    severity: 'warning',
    description: 'The title and the preamble name different report years; the title year is used.',
  },
  'report-year-inferred': {
    severity: 'info',
    description:
      'Neither the title nor the preamble names the report year; it is the publication year minus one.',
  },
  'jurisdiction-unresolved': {
    severity: 'warning',
    description: 'No place in the title, signature, issuer or addressee matches a GB/T 2260 division.',
  },
  'jurisdiction-ambiguous': {
    severity: 'warning',
    description:
      'The reporting place matches several GB/T 2260 divisions (朝阳区, 市中区 …) and nothing nearby tells them apart.',
  },
  'missing-publish-date': {
    severity: 'info',
    description:
      'No publication date (发布日期/发布时间/公开日期 or markup) was found, so timeliness is unknown.',
  },
  'required-content-missing': {
    severity: 'info',
    description:
      'One of the five required contents of 《法治政府建设与责任落实督察工作规定》 has no section (one message per item).',
  },
} as const satisfies Record<string, { severity: 'warning' | 'info'; description: string }>

/**
 * A rule id of {@link META_RULES}.
 *
 * @category Metadata
 * @example
 * ```ts
 * const id: MetaRuleId = 'missing-title'
 * ```
 */
export type MetaRuleId = keyof typeof META_RULES
