/**
 * Keyword tables of the structure stage: section-kind cues, topic keywords
 * (纲要 chapters), unheaded-part cues and page-chrome patterns. Everything is
 * compiled once at module load. All patterns target the normalized view
 * (half-width punctuation, simplified script).
 *
 * @module
 */

import type { CategoryId, SectionKind } from '../types.js'

/**
 * Heading cues per section kind, in priority order (the first match wins):
 * `上一年度存在问题改进情况` is rectification, not shortcomings.
 *
 * @category Structure
 * @example
 * ```ts
 * kindCues.find(([, cue]) => cue.test('2025年度工作计划'))?.[0] //=> 'plans'
 * ```
 */
export const kindCues: ReadonlyArray<readonly [SectionKind, RegExp]> = [
  ['rectification', /整改|改进情况|上一?年度?存在的?问题|督察反馈的?问题|反馈问题/],
  ['other_matters', /其他需要?报告|其他事项|其他情况/],
  ['leader_duties', /第一责任人/],
  [
    'shortcomings',
    /存在的?(?:主要)?(?:问题|不足)|不足(?:和|及|与|之处)|问题(?:和|及|与)不足|薄弱环节|短板|差距|主要问题/,
  ],
  [
    'plans',
    /下一年度|下一步|下步|下一阶段|工作安排|工作打算|工作计划|主要安排|工作思路|思路|工作要点|努力方向/,
  ],
  [
    'achievements',
    /主要举措|举措和成效|工作成效|主要工作|工作开展情况|法治政府建设(?:工作)?(?:的)?(?:基本)?情况|基本情况|工作情况|推进情况|主要做法|主要成效|工作措施/,
  ],
]

/**
 * Stricter cues a subsection of an `achievements` (or `leader_duties`) part
 * must match to get its own kind instead of inheriting its parent's.
 *
 * @category Structure
 * @example
 * ```ts
 * subsectionKindCues.some(([, cue]) => cue.test('创新工作思路')) //=> false
 * ```
 */
export const subsectionKindCues: ReadonlyArray<readonly [SectionKind, RegExp]> = [
  ['rectification', /整改|改进情况|上一?年度?存在的?问题|督察反馈的?问题|反馈问题/],
  ['other_matters', /其他需要?报告/],
  ['leader_duties', /第一责任人/],
  ['shortcomings', /存在的?(?:主要)?(?:问题|不足)|不足(?:和|及|与)原因|问题(?:和|及|与)不足/],
  ['plans', /下一年度|下一步|工作安排|工作打算|工作计划|主要安排/],
]

/**
 * Topic keywords per 纲要 category. Longer phrases win over shorter ones at
 * the same position (`行政执法监督` is enforcement, `监督` oversight).
 *
 * @category Structure
 * @example
 * ```ts
 * topicKeywords.disputes.includes('行政复议') //=> true
 * ```
 */
export const topicKeywords: Readonly<Record<CategoryId, readonly string[]>> = {
  leadership: [
    '党的领导',
    '党对法治政府建设的领导',
    '党的全面领导',
    '政治方向',
    '政治责任',
    '政治任务',
    '习近平法治思想',
    '第一责任人',
    '主体责任',
    '主体职责',
    '组织领导',
    '推进机制',
    '会前学法',
    '学法',
    '述法',
    '法治督察',
    '督察',
    '关键少数',
    '法治理念',
    '高位推动',
    '责任落实',
    '统筹协调',
    '示范创建',
  ],
  functions: [
    '政府职能',
    '政府职责',
    '转变职能',
    '职能转变',
    '放管服',
    '营商环境',
    '政务服务',
    '行政审批',
    '审批',
    '权责清单',
    '权责事项',
    '简政放权',
    '机构改革',
    '市场主体',
    '证照分离',
    '一网通办',
    '一件事',
    '公平竞争',
    '惠企',
    '职权下放',
    '赋权',
    '减证便民',
    '信用监管',
    '社会信用',
  ],
  rules: [
    '规范性文件',
    '依法行政制度体系',
    '依法行政制度',
    '依法行政体系',
    '良法善治',
    '立法',
    '规章',
    '备案审查',
    '合法性审核',
    '规范化程序化法治化',
    '文件清理',
  ],
  decisions: [
    '行政决策',
    '重大决策',
    '决策程序',
    '决策机制',
    '依法决策',
    '决策管理',
    '决策',
    '合法性审查',
    '政府法律顾问',
    '法律顾问',
    '公职律师',
    '专家论证',
    '风险评估',
    '公众参与',
    '科学化民主化法治化',
  ],
  enforcement: [
    '行政执法',
    '行政执法监督',
    '执法监督',
    '综合执法',
    '综合行政执法',
    '执法',
    '双随机',
    '行政处罚',
    '行政检查',
    '执法证',
    '案卷评查',
    '双公示',
    '三项制度',
    '行政强制',
    '两法衔接',
  ],
  emergency: ['突发事件', '应急', '防灾减灾', '安全生产', '防汛', '救援', '灾害'],
  disputes: [
    '矛盾纠纷',
    '纠纷化解',
    '化解矛盾',
    '纠纷',
    '行政复议',
    '复议',
    '行政应诉',
    '应诉',
    '行政诉讼',
    '行政争议',
    '调解',
    '信访',
    '调处',
    '仲裁',
    '欠薪',
    '诉源治理',
    '枫桥经验',
  ],
  oversight: [
    '制约和监督',
    '制约监督',
    '权力监督',
    '监督制约',
    '行政权力',
    '权力运行',
    '政务公开',
    '信息公开',
    '依申请公开',
    '审计',
    '人大',
    '政协',
    '监督',
    '12345',
    '热线',
    '督查',
    '督办',
  ],
  digital: ['数字政府', '数字法治', '数字化', '信息化', '互联网+', '科技保障', '智慧', '大数据', '数字赋能'],
  legal_services: [
    '公共法律服务',
    '法律服务',
    '法律援助',
    '法援',
    '公证',
    '法律咨询',
    '法律帮助',
    '社区法律顾问',
    '村(社区)法律顾问',
    '村居法律顾问',
  ],
  publicity: [
    '普法',
    '法治宣传',
    '宪法',
    '法治文化',
    '法律明白人',
    '民主法治示范',
    '法治社会',
    '法律六进',
    '法治氛围',
    '宣传教育',
  ],
}

/**
 * Extra topic phrases looked for in headings only (too generic for body text).
 *
 * @category Structure
 * @example
 * ```ts
 * headingTopicKeywords.rules //=> ['文件']
 * ```
 */
export const headingTopicKeywords: Readonly<Partial<Record<CategoryId, readonly string[]>>> = {
  rules: ['文件'],
}

/**
 * Finds phrases of a fixed list in text, longest first at each position,
 * without overlaps. The phrases form a character trie flattened into typed
 * arrays: a 64 Ki-entry table from a code unit to the node of the one-unit
 * prefix (the per-position test is one array read), and per node the few
 * child edges in a row, searched linearly (no hashing, no regex alternation).
 *
 * @category Structure
 * @example
 * ```ts
 * const found: string[] = []
 * new PhraseMatcher({ enforcement: ['执法', '行政执法'] }).scan('加强行政执法', 0, 6, (at, c) => found.push(`${at}:${c}`))
 * found //=> ['2:enforcement']
 * ```
 */
export class PhraseMatcher {
  /**
   * The categories, in order of first appearance in the tables; the values
   * {@link PhraseMatcher.collect} reports index this list.
   */
  readonly categoryList: readonly CategoryId[]
  /** Node of the one-unit prefix by code unit (`0`: no phrase starts with it; the root is never a child). */
  private readonly first: Uint16Array | Int32Array
  /** Value of each node: an index into `categoryList`, or `-1` when no phrase ends there. */
  private readonly values: Int32Array
  /** The child edges of node `n` are `childStart[n]` to `childStart[n + 1] - 1`. */
  private readonly childStart: Int32Array
  /** Code unit of each child edge. */
  private readonly childCodes: Uint16Array
  /** Target node of each child edge. */
  private readonly childNodes: Int32Array
  /**
   * How far to move past position `i` when `text[i + 1]` is the indexed code
   * unit, before any trie walk: `2` when it is neither a phrase's second nor
   * first unit (no phrase starts at `i` or `i + 1`), `1` when it is only a
   * first unit, `0` (walk from `i`) otherwise. All `0` when some phrase has a
   * single unit.
   */
  private readonly skip = new Uint8Array(0x10000)
  /**
   * `1` for every code unit that occurs in some phrase. A phrase never spans
   * any other unit, so a scan that starts right after one (or at a range
   * start) finds what a scan from further left finds.
   */
  readonly phraseChars = new Uint8Array(0x10000)

  /**
   * @param tables - Phrases per category; a phrase listed twice keeps its first category.
   */
  constructor(...tables: ReadonlyArray<Readonly<Partial<Record<CategoryId, readonly string[]>>>>) {
    const categoryList: CategoryId[] = []
    let minLength = 2
    // Build with maps, then flatten (nodes are numbered in creation order, the root is 0).
    const edges: Array<Map<number, number>> = [new Map()]
    const values: number[] = [-1]
    for (const table of tables) {
      for (const [category, phrases] of Object.entries(table) as Array<[CategoryId, readonly string[]]>) {
        let value = categoryList.indexOf(category)
        if (value === -1) value = categoryList.push(category) - 1
        for (const phrase of phrases) {
          if (phrase.length === 1) minLength = 1
          let node = 0
          for (let index = 0; index < phrase.length; index++) {
            const code = phrase.charCodeAt(index)
            this.phraseChars[code] = 1
            let next = edges[node]!.get(code)
            if (next === undefined) {
              next = values.push(-1) - 1
              edges.push(new Map())
              edges[node]!.set(code, next)
            }
            node = next
          }
          // The empty phrase ends at the root, which a scan never reads.
          if (values[node] === -1) values[node] = value
        }
      }
    }
    const count = values.length
    this.categoryList = categoryList
    this.first = count <= 0xffff ? new Uint16Array(0x10000) : new Int32Array(0x10000)
    for (const [code, node] of edges[0]!) this.first[code] = node
    this.values = Int32Array.from(values)
    this.childStart = new Int32Array(count + 1)
    this.childCodes = new Uint16Array(count)
    this.childNodes = new Int32Array(count)
    let edge = 0
    for (let node = 0; node < count; node++) {
      this.childStart[node] = edge
      if (node === 0) continue
      for (const [code, next] of edges[node]!) {
        this.childCodes[edge] = code
        this.childNodes[edge] = next
        edge++
      }
    }
    this.childStart[count] = edge
    if (minLength >= 2) {
      this.skip.fill(2)
      for (const code of edges[0]!.keys()) this.skip[code] = 1
      for (const node of edges[0]!.values()) for (const second of edges[node]!.keys()) this.skip[second] = 0
    }
  }

  /**
   * Append each phrase in `text[start, end)` to `positions` (its start) and
   * `values` (its category's index in {@link PhraseMatcher.categoryList}),
   * left to right.
   *
   * @param text - The text.
   * @param start - Range start.
   * @param end - Range end.
   * @param positions - Receives phrase starts.
   * @param values - Receives category indexes.
   * @returns The number of phrases found.
   * @example
   * ```ts
   * const positions: number[] = []
   * const values: number[] = []
   * topicMatcher.collect('调解成功率100%', 0, 9, positions, values) //=> 1
   * topicMatcher.categoryList[values[0]] //=> 'disputes'
   * ```
   */
  collect(text: string, start: number, end: number, positions: number[], values: number[]): number {
    let found = 0
    for (let i = this.nextStart(text, start, end); i < end; i = this.nextStart(text, i, end)) {
      const matchEnd = this.longestAt(text, i, end)
      if (matchEnd === -1) {
        i++
        continue
      }
      positions.push(i)
      values.push(this.matched)
      found++
      i = matchEnd
    }
    return found
  }

  /**
   * Add 1 to `counts[value]` for each phrase in `text[start, end)` (the
   * phrases {@link PhraseMatcher.collect} finds; `value` indexes
   * {@link PhraseMatcher.categoryList}).
   *
   * @param text - The text.
   * @param start - Range start.
   * @param end - Range end.
   * @param counts - Counts by category index (at least `categoryList.length` long).
   * @returns The number of phrases found.
   * @example
   * ```ts
   * const counts = new Int32Array(topicMatcher.categoryList.length)
   * topicMatcher.count('行政复议和行政诉讼', 0, 9, counts)
   * counts[topicMatcher.categoryList.indexOf('disputes')] //=> 2
   * ```
   */
  count(text: string, start: number, end: number, counts: Int32Array): number {
    let found = 0
    for (let i = this.nextStart(text, start, end); i < end; i = this.nextStart(text, i, end)) {
      const matchEnd = this.longestAt(text, i, end)
      if (matchEnd === -1) {
        i++
        continue
      }
      counts[this.matched]!++
      found++
      i = matchEnd
    }
    return found
  }

  /** The value of the phrase {@link PhraseMatcher.longestAt} found last. */
  private matched = -1

  /** The first position from `i` on where a phrase may start (by the unit after it), or `end`. */
  private nextStart(text: string, i: number, end: number): number {
    const skip = this.skip
    while (i + 1 < end) {
      const step = skip[text.charCodeAt(i + 1)]!
      if (step === 0) return i
      i += step
    }
    return i
  }

  /** The end of the longest phrase at `i` within `end` (its value in `matched`), or `-1`. */
  private longestAt(text: string, i: number, end: number): number {
    let node = this.first[text.charCodeAt(i)]!
    if (node === 0) return -1
    const nodeValues = this.values
    const childStart = this.childStart
    const childCodes = this.childCodes
    const childNodes = this.childNodes
    let value = nodeValues[node]!
    let matchEnd = value === -1 ? -1 : i + 1
    for (let j = i + 1; j < end; j++) {
      const code = text.charCodeAt(j)
      let edge = childStart[node]!
      const last = childStart[node + 1]!
      while (edge < last && childCodes[edge] !== code) edge++
      if (edge === last) break
      node = childNodes[edge]!
      const here = nodeValues[node]!
      if (here !== -1) {
        matchEnd = j + 1
        value = here
      }
    }
    this.matched = value
    return matchEnd
  }

  /**
   * Call `found` for each phrase in `text[start, end)`, left to right.
   *
   * @param text - The text.
   * @param start - Range start.
   * @param end - Range end.
   * @param found - Receives the phrase's start and category.
   */
  scan(text: string, start: number, end: number, found: (at: number, category: CategoryId) => void): void {
    const positions: number[] = []
    const values: number[] = []
    this.collect(text, start, end, positions, values)
    for (let k = 0; k < positions.length; k++) found(positions[k]!, this.categoryList[values[k]!]!)
  }
}

/**
 * Matcher of every body topic phrase.
 *
 * @category Structure
 * @example
 * ```ts
 * topicMatcher.scan('调解成功率100%', 0, 9, (at, category) => console.log(at, category)) // logs 0 'disputes'
 * ```
 */
export const topicMatcher = new PhraseMatcher(topicKeywords)

/**
 * Matcher of topic phrases in headings (body phrases plus {@link headingTopicKeywords}).
 *
 * @category Structure
 * @example
 * ```ts
 * headingTopicMatcher.scan('文件管理', 0, 4, (at, category) => console.log(at, category)) // logs 0 'rules'
 * ```
 */
export const headingTopicMatcher = new PhraseMatcher(topicKeywords, headingTopicKeywords)

/**
 * The categories in a fixed order (index = slot in score arrays).
 *
 * @category Structure
 * @example
 * ```ts
 * categories[0] //=> 'leadership'
 * ```
 */
export const categories: readonly CategoryId[] = Object.keys(topicKeywords) as CategoryId[]

/**
 * Shortcomings cue in the first sentence of a paragraph: a concession
 * (但/然而) followed by 存在/仍有 … 差距/不足/问题.
 *
 * @category Structure
 * @example
 * ```ts
 * shortcomingsConcessionCue.test('虽取得成效,但仍存在一些差距和不足') //=> true
 * ```
 */
export const shortcomingsConcessionCue =
  /(?:但|然而|不过)[^。]{0,60}?(?:存在|还有|仍有|尚有)[^。]{0,20}?(?:差距|不足|问题|短板|薄弱)/

/**
 * Shortcomings cue at the start of a paragraph (`存在的问题…`, `不足之处…`).
 *
 * @category Structure
 * @example
 * ```ts
 * shortcomingsLeadCue.test('工作中存在的问题主要是…') //=> true
 * ```
 */
export const shortcomingsLeadCue =
  /^[^。]{0,20}?(?:存在的(?:主要)?(?:问题|不足)|不足之处|问题和不足|主要问题)/

/**
 * Plans cue at the start of a sentence (`下一步,我区将…`).
 *
 * @category Structure
 * @example
 * ```ts
 * plansCue.test('下一步,汉滨区将坚持…') //=> true
 * ```
 */
export const plansCue = /^(?:下一步|下一阶段|接下来|今后|新的一年|明年)[^。]{0,40}?(?:将|要|继续|持续)/

/**
 * Year-led plans cue at the start of a sentence (`2025年,我区将…`); group 1 is the year.
 *
 * @category Structure
 * @example
 * ```ts
 * plansYearCue.exec('2025年,我区将持续推进')?.[1] //=> '2025'
 * ```
 */
export const plansYearCue = /^(\d{4})年(?:度)?[,:]?[^。]{0,40}?将/

/**
 * A preamble's closing formula (`现将有关情况报告如下`).
 *
 * @category Structure
 * @example
 * ```ts
 * preambleEndCue.test('现将有关情况报告如下:') //=> true
 * ```
 */
export const preambleEndCue = /(?:如下|报告如下|汇报如下)[:。]?$/

/**
 * Strong page-chrome cues: a short line containing one is page furniture.
 *
 * @category Structure
 * @example
 * ```ts
 * chromeCue.test('粤公网安备 44128302000109号') //=> true
 * ```
 */
export const chromeCue =
  /您现在的位置|您的位置|您所在的位置|当前位置|所在位置|【打印|【关闭|【字体|【大|打印本页|关闭本页|关闭窗口|浏览次数|浏览量|阅读次数|阅读量|访问量|点击数|点击量|分享到|扫一扫|手机打开|天气:|Copyright|copyright|COPYRIGHT|©|版权所有|ICP备|ICP证|公网安备|网站标识码|技术支持|主办:|主办单位|承办:|承办单位|建议使用.{0,20}?浏览器|最佳分辨率|相关附件|相关稿件|相关链接|相关文件|相关阅读|附件下载|上一篇:|下一篇:|返回顶部|\[打印\]|\[关闭\]/

/**
 * A metadata table line: starts with a field name (索引号/发布机构/成文日期 …)
 * followed by `:`, white space or the line end.
 *
 * @category Structure
 * @example
 * ```ts
 * metadataLineCue.test('索引号 /2024-0000 公开目录: 政府法制') //=> true
 * metadataLineCue.test('分类施策,精准推进') //=> false
 * ```
 */
export const metadataLineCue =
  /^(?:信息索引号|索引号|主题分类|体裁分类|组配分类|服务对象分类|分类|发布机构|发文机关|发文机构|所属机构|成文日期|生成日期|文件名称|名称|标题|发文字号|文号|发布日期|发布时间|公开日期|公开时间|更新日期|更新时间|日期|时间|主题词|关键词|公开目录|公开责任部门|公开方式|公开形式|公开范围|公开时限|有效性|效力状态|文章来源|信息来源|来源|作者|编辑|责任编辑|字号)(?:\s*:|\s|$)/

/**
 * Separator of a navigation bar: several short items separated by `|` (or `>` for breadcrumbs).
 *
 * @category Structure
 * @example
 * ```ts
 * '首页 > 专题专栏 > 法治政府建设'.split(navSeparatorRe).map((item) => item.trim()) //=> ['首页', '专题专栏', '法治政府建设']
 * ```
 */
export const navSeparatorRe = /[|>»]/

/**
 * The report title line: names 法治政府/法治建设/依法行政 and 报告/总结/情况.
 *
 * @category Structure
 * @example
 * ```ts
 * titleCue.test('汉滨区2023年度法治政府建设工作总结') //=> true
 * ```
 */
export const titleCue = /(?:法治政府|法治建设|依法行政|法治.{0,6}建设).{0,30}?(?:报告|总结|情况)/
