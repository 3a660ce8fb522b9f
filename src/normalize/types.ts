/**
 * Value types produced by the normalizers. They follow ../shared/TAXONOMY.md,
 * "Values, units and qualifiers". Every type is plain JSON-serializable data.
 *
 * @module
 */

/**
 * What the text claims about a number.
 *
 * - `exact`: no qualifier.
 * - `over`: 余、多、超、超过、逾、以上、不少于 (a lower bound).
 * - `under`: 近、将近、不到、不足、以下 (an upper bound).
 * - `about`: 约、大约、左右、上下, and contradictory pairs such as 近120余人次.
 *
 * @category Values
 * @example
 * ```ts
 * parseQuantity('460余份')?.approx //=> 'over'
 * const approx: Approx = 'about' // 约120人次、120人次左右
 * ```
 */
export type Approx = 'exact' | 'over' | 'under' | 'about'

/**
 * Unit classes of ../shared/TAXONOMY.md.
 *
 * @category Values
 * @example
 * ```ts
 * unitClassOf('人次') //=> 'people'
 * const unitClass: UnitClass | null = parseQuantity('1,234件')?.unitClass ?? null //=> 'cases'
 * ```
 */
export type UnitClass = 'cases' | 'items' | 'people' | 'events' | 'money' | 'rate'

/**
 * Set when a number is a difference or a growth rate, never a level
 * (同比增长17.1%、较上年增加555件、提高2.1个百分点).
 *
 * @category Values
 * @example
 * ```ts
 * parseQuantity('较上年增加555件')?.change //=> { direction: 'up', basis: 'previous' }
 * const change: Change = { direction: 'down', basis: 'year_on_year' } // 同比下降9.7%
 * ```
 */
export interface Change {
  /** `up` for 增长/增加/提高/上升, `down` for 下降/减少/降低. */
  direction: 'up' | 'down'
  /** `year_on_year` for 同比, `previous` for 较上年/比上年/环比, else `null`. */
  basis: 'year_on_year' | 'previous' | null
}

/**
 * A count: number + counter word (+ qualifier). `460余份` → `{ value: 460, unit: '份', approx: 'over' }`.
 *
 * @category Values
 * @example
 * ```ts
 * const quantity: Quantity | null = parseQuantity('460余份')
 * //=> { value: 460, unit: '份', unitClass: 'items', approx: 'over', change: null }
 * ```
 */
export interface Quantity {
  /** The value after multipliers (`3.5万件` → 35000). */
  value: number
  /** The counter word as written (件, 宗, 人次 …). */
  unit: string
  /** The unit class of the counter word, or `null` when the counter is not in the taxonomy's unit table. */
  unitClass: UnitClass | null
  /** What the text claims about the number. */
  approx: Approx
  /** Set when the number is a difference, not a level. */
  change: Change | null
}

/**
 * A money amount, always in 元. `1.59亿元` → 159000000.
 *
 * @category Values
 * @example
 * ```ts
 * const money: Money | null = parseMoney('1.59亿元')
 * //=> { value: 159000000, unit: '元', unitClass: 'money', currency: 'CNY', written: '亿元', approx: 'exact', change: null }
 * ```
 */
export interface Money {
  /** The amount in 元 after multipliers. */
  value: number
  /** Always `元`. */
  unit: '元'
  /** Always `money`. */
  unitClass: 'money'
  /** ISO 4217 currency; only `CNY` is recognised. */
  currency: 'CNY'
  /** The unit as written (元, 万元, 亿元 …). */
  written: string
  /** What the text claims about the number. */
  approx: Approx
  /** Set when the amount is a difference, not a level. */
  change: Change | null
}

/**
 * A percentage, value in percent (93.03% → 93.03; 千分之三 → 0.3).
 *
 * @category Values
 * @example
 * ```ts
 * const rate: Percentage | null = parsePercentage('百分之九十八')
 * //=> { value: 98, unit: '%', kind: 'percent', approx: 'exact', change: null }
 * parsePercentage('提高2.1个百分点')
 * //=> { value: 2.1, unit: '个百分点', kind: 'point', approx: 'exact', change: { direction: 'up', basis: null } }
 * ```
 */
export interface Percentage {
  /** The value in percent (or in percentage points when `kind` is `point`). */
  value: number
  /** `%` for a level, `个百分点` for a percentage-point change. */
  unit: '%' | '个百分点'
  /** `percent` for a rate, `point` for a percentage-point change (2.1个百分点). */
  kind: 'percent' | 'point'
  /** What the text claims about the number (超过90% → `over`). */
  approx: Approx
  /** Set when the percentage is a growth rate or a change (同比下降9.7%); always set for `point`. */
  change: Change | null
}

/**
 * Precision of a {@link ReportDate}.
 *
 * @category Values
 * @example
 * ```ts
 * parseReportDate('2024年3月')?.precision //=> 'month'
 * const precision: DatePrecision | undefined = parseReportDate('上半年', { reportYear: 2024 })?.precision //=> 'half'
 * ```
 */
export type DatePrecision = 'day' | 'month' | 'quarter' | 'half' | 'year'

/**
 * A date, month, quarter, half-year, year or range as stated in a report.
 *
 * @category Values
 * @example
 * ```ts
 * const date: ReportDate | null = parseReportDate('截至2021年12月31日')
 * //=> { start: '2021-12-31', end: '2021-12-31', precision: 'day', kind: 'as_of', impliedYear: false }
 * parseReportDate('2023—2025年')
 * //=> { start: '2023-01-01', end: '2025-12-31', precision: 'year', kind: 'range', impliedYear: false }
 * ```
 */
export interface ReportDate {
  /** First day covered, ISO `YYYY-MM-DD`. */
  start: string
  /** Last day covered (inclusive), ISO `YYYY-MM-DD`. */
  end: string
  /** The finest unit the text states. */
  precision: DatePrecision
  /** `point` for one date or period, `range` for 2023—2025年, `as_of` for 截至2021年12月31日. */
  kind: 'point' | 'range' | 'as_of'
  /** Whether the year was taken from `reportYear`/`referenceDate` rather than the text. */
  impliedYear: boolean
}

/**
 * Options of {@link parseReportDate} and {@link findDates}.
 *
 * @category Values
 * @example
 * ```ts
 * const options: DateOptions = { reportYear: 2024 }
 * parseReportDate('上半年', options)
 * //=> { start: '2024-01-01', end: '2024-06-30', precision: 'half', kind: 'point', impliedYear: true }
 * ```
 */
export interface DateOptions {
  /** The year a yearless date (10月22日, 上半年) belongs to. Takes precedence over `referenceDate`. */
  reportYear?: number | null | undefined
  /** Supplies the year when `reportYear` is not given. */
  referenceDate?: Date | null | undefined
}

/**
 * A mention found in running text. Offsets are UTF-16 code units, half-open.
 *
 * @category Values
 * @example
 * ```ts
 * const text = '于2024年3月1日施行'
 * const [mention]: Mention<ReportDate>[] = findDates(text)
 * mention.text //=> '2024年3月1日'
 * text.slice(mention.start, mention.end) === mention.text //=> true
 * ```
 */
export interface Mention<T> {
  /** Offset of the first character of the mention. */
  start: number
  /** Offset after the last character of the mention. */
  end: number
  /** `text.slice(start, end)`. */
  text: string
  /** The parsed value. */
  value: T
}

/**
 * A quantity or money mention (what {@link findQuantities} returns).
 *
 * @category Values
 * @example
 * ```ts
 * const mentions: QuantityMention[] = findQuantities('全年共办理行政复议案件1,234件')
 * //=> [{ type: 'quantity', start: 11, end: 17, text: '1,234件',
 * //      value: { value: 1234, unit: '件', unitClass: 'cases', approx: 'exact', change: null } }]
 * ```
 */
export type QuantityMention =
  | (Mention<Quantity> & { type: 'quantity' })
  | (Mention<Money> & { type: 'money' })

/**
 * A percentage mention (what {@link findPercentages} returns).
 *
 * @category Values
 * @example
 * ```ts
 * const [mention]: PercentageMention[] = findPercentages('同比增长12.5%')
 * //=> { type: 'percentage', start: 4, end: 9, text: '12.5%', value: { value: 12.5, unit: '%',
 * //     kind: 'percent', approx: 'exact', change: { direction: 'up', basis: 'year_on_year' } } }
 * ```
 */
export type PercentageMention = Mention<Percentage> & { type: 'percentage' }

/**
 * A date mention (what {@link findDates} returns).
 *
 * @category Values
 * @example
 * ```ts
 * const [mention]: DateMention[] = findDates('于2024年3月1日施行')
 * //=> { type: 'date', start: 1, end: 10, text: '2024年3月1日', value: { start: '2024-03-01',
 * //     end: '2024-03-01', precision: 'day', kind: 'point', impliedYear: false } }
 * ```
 */
export type DateMention = Mention<ReportDate> & { type: 'date' }
