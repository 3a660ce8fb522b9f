/**
 * `fazhi-report taxonomy`: the default taxonomy as Markdown, JSON or CSV. Node-only.
 *
 * @module
 */

import { defaultTaxonomy, taxonomyToMarkdown, unitClassesOf } from '../taxonomy/index.js'

/** Formats `taxonomy --format` accepts. */
export type TaxonomyFormat = 'md' | 'json' | 'csv'

/** Every taxonomy format, in help order. */
export const TAXONOMY_FORMATS: readonly TaxonomyFormat[] = ['md', 'json', 'csv']

const NEEDS_QUOTES = /[",\r\n]/
const QUOTE = /"/g
const GENERATED_NOTE = /^<!--[^\n]*-->\n\n/m

function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? '"' + text.replace(QUOTE, '""') + '"' : text
}

/**
 * The default taxonomy in a format: `md` (`taxonomyToMarkdown`: a table per category), `json`
 * (`{categories, indicators}` with every indicator field) or `csv` (one row per indicator;
 * lists `;`-joined).
 *
 * @param format - The format.
 * @returns The text, newline-terminated.
 */
export function formatTaxonomy(format: TaxonomyFormat): string {
  const indicators = defaultTaxonomy.list()
  if (format === 'json') {
    return JSON.stringify({ categories: defaultTaxonomy.categories(), indicators }, null, 2) + '\n'
  }
  if (format === 'csv') {
    const header = ['id', 'name', 'label', 'category', 'unit_class', 'phrasings', 'section_kinds']
    const rows = indicators.map((indicator) =>
      [
        indicator.id,
        indicator.name,
        indicator.label,
        indicator.category,
        unitClassesOf(indicator).join(';'),
        indicator.phrasings.join(';'),
        indicator.sectionKinds.join(';'),
      ]
        .map(csvField)
        .join(','),
    )
    return [header.join(','), ...rows].join('\r\n') + '\r\n'
  }
  // The generator's "do not edit" comment is about docs/taxonomy.md, not this output.
  const markdown = taxonomyToMarkdown(defaultTaxonomy).replace(GENERATED_NOTE, '')
  return markdown.endsWith('\n') ? markdown : markdown + '\n'
}
