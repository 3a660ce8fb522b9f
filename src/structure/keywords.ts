/**
 * Keyword tables of the structure stage: section-kind cues, topic keywords
 * (纲要 chapters), unheaded-part cues and page-chrome patterns. Everything is
 * compiled once at module load. All patterns target the normalized view
 * (half-width punctuation, simplified script).
 *
 * @module
 */

import { CharTrie } from '../text/trie.js'
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

function pairHash(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ b) & 0xffff
}

/**
 * Finds phrases of a fixed list in text, longest first at each position,
 * without overlaps (a character trie, no regex alternation).
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
  /** 1 for a code unit some phrase starts with, 2 when a one-character phrase is that unit. */
  private readonly first = new Uint8Array(0x10000)
  /** Hashed first-two-unit pairs of the phrases (a filter: 0 means no phrase starts here). */
  private readonly pairs = new Uint8Array(0x10000)
  private readonly trie = new CharTrie()
  /** Categories by the trie's node values. */
  private readonly categoryList: CategoryId[] = []

  /**
   * @param tables - Phrases per category; a phrase listed twice keeps its first category.
   */
  constructor(...tables: ReadonlyArray<Readonly<Partial<Record<CategoryId, readonly string[]>>>>) {
    for (const table of tables) {
      for (const [category, phrases] of Object.entries(table) as Array<[CategoryId, readonly string[]]>) {
        let value = this.categoryList.indexOf(category)
        if (value === -1) value = this.categoryList.push(category) - 1
        for (const phrase of phrases) {
          this.trie.insert(phrase, value)
          if (phrase.length > 0) this.first[phrase.charCodeAt(0)] ||= 1
          if (phrase.length === 1) this.first[phrase.charCodeAt(0)] = 2
          else if (phrase.length > 1) this.pairs[pairHash(phrase.charCodeAt(0), phrase.charCodeAt(1))] = 1
        }
      }
    }
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
    const first = this.first
    const pairs = this.pairs
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i)
      const kind = first[code]
      if (
        kind === 0 ||
        (kind === 1 && (i + 1 >= end || pairs[pairHash(code, text.charCodeAt(i + 1))] === 0))
      ) {
        continue
      }
      const trie = this.trie
      let node = 0
      let matchEnd = -1
      let value = -1
      for (let j = i; j < end; j++) {
        node = trie.child(node, text.charCodeAt(j))
        if (node === -1) break
        const here = trie.value(node)
        if (here !== -1) {
          matchEnd = j + 1
          value = here
        }
      }
      if (value !== -1) {
        found(i, this.categoryList[value]!)
        i = matchEnd - 1
      }
    }
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
