/**
 * The built-in indicator categories: the chapters of 《法治政府建设实施纲要（2021—2025年）》
 * plus `legal_services` and `publicity`.
 *
 * @module
 */

import type { CategoryId } from '../types.js'
import type { Category } from './types.js'

/**
 * The built-in categories, in the order of ../shared/TAXONOMY.md.
 *
 * @category Taxonomy
 * @example
 * ```ts
 * defaultCategories.map((category) => category.id)
 * //=> ['leadership', 'functions', 'rules', 'decisions', 'enforcement', 'emergency',
 * //    'disputes', 'oversight', 'digital', 'legal_services', 'publicity']
 * ```
 */
export const defaultCategories: readonly (Category & { readonly id: CategoryId })[] = Object.freeze([
  {
    id: 'leadership',
    name: '加强党的领导，完善推进机制',
    label: 'Party leadership and mechanisms',
    chapter: 10,
  },
  { id: 'functions', name: '政府机构职能体系', label: 'Government functions', chapter: 2 },
  { id: 'rules', name: '依法行政制度体系', label: 'Rules and normative documents', chapter: 3 },
  { id: 'decisions', name: '行政决策制度体系', label: 'Administrative decision-making', chapter: 4 },
  { id: 'enforcement', name: '行政执法工作体系', label: 'Administrative law enforcement', chapter: 5 },
  { id: 'emergency', name: '突发事件应对体系', label: 'Emergency response', chapter: 6 },
  { id: 'disputes', name: '矛盾纠纷预防调处化解', label: 'Dispute prevention and resolution', chapter: 7 },
  { id: 'oversight', name: '行政权力制约和监督', label: 'Checks and oversight of power', chapter: 8 },
  { id: 'digital', name: '数字法治政府', label: 'Digital rule-of-law government', chapter: 9 },
  { id: 'legal_services', name: '公共法律服务', label: 'Public legal services', chapter: null },
  { id: 'publicity', name: '普法与法治宣传', label: 'Legal publicity and education', chapter: null },
])
