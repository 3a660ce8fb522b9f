import { describe, expect, it } from 'vitest'
import { findQuantities, parseMoney, parseQuantity, type QuantityMention } from '../../src/normalize/index.js'

/** Compact view of mentions: [text, value, unit, approx, change direction or null]. */
function brief(mentions: QuantityMention[]): Array<[string, number, string, string, string | null]> {
  return mentions.map((m) => [
    m.text,
    m.value.value,
    m.type === 'money' ? m.value.written : m.value.unit,
    m.value.approx,
    m.value.change === null ? null : `${m.value.change.direction}/${m.value.change.basis}`,
  ])
}

describe('parseQuantity', () => {
  it.each([
    ['460余份', { value: 460, unit: '份', unitClass: 'items', approx: 'over', change: null }],
    ['近5500名', { value: 5500, unit: '名', unitClass: 'people', approx: 'under', change: null }],
    ['3.5万件', { value: 35000, unit: '件', unitClass: 'cases', approx: 'exact', change: null }],
    ['2.8万余人次', { value: 28000, unit: '人次', unitClass: 'people', approx: 'over', change: null }],
    ['200余场次', { value: 200, unit: '场次', unitClass: 'events', approx: 'over', change: null }],
    ['近120余人次', { value: 120, unit: '人次', unitClass: 'people', approx: 'about', change: null }],
    ['约15人', { value: 15, unit: '人', unitClass: 'people', approx: 'about', change: null }],
    ['100人左右', { value: 100, unit: '人', unitClass: 'people', approx: 'about', change: null }],
    ['90份以上', { value: 90, unit: '份', unitClass: 'items', approx: 'over', change: null }],
    ['超过1000件', { value: 1000, unit: '件', unitClass: 'cases', approx: 'over', change: null }],
    ['不足10家', { value: 10, unit: '家', unitClass: 'items', approx: 'under', change: null }],
    ['三千五百件', { value: 3500, unit: '件', unitClass: 'cases', approx: 'exact', change: null }],
    ['十余次', { value: 10, unit: '次', unitClass: 'events', approx: 'over', change: null }],
    ['一件', { value: 1, unit: '件', unitClass: 'cases', approx: 'exact', change: null }],
    ['2185件次', { value: 2185, unit: '件次', unitClass: 'cases', approx: 'exact', change: null }],
    ['20.56万件', { value: 205600, unit: '件', unitClass: 'cases', approx: 'exact', change: null }],
    ['１０６３项', { value: 1063, unit: '项', unitClass: 'items', approx: 'exact', change: null }],
    ['55家次', { value: 55, unit: '家次', unitClass: null, approx: 'exact', change: null }],
    ['15个工作日', { value: 15, unit: '个工作日', unitClass: null, approx: 'exact', change: null }],
  ])('%s', (input, expected) => {
    expect(parseQuantity(input)).toEqual(expected)
  })

  it('accepts a leading change phrase', () => {
    expect(parseQuantity('同比增加2007户')).toEqual({
      value: 2007,
      unit: '户',
      unitClass: 'items',
      approx: 'exact',
      change: { direction: 'up', basis: 'year_on_year' },
    })
    expect(parseQuantity('较上年减少了12件')?.change).toEqual({ direction: 'down', basis: 'previous' })
  })

  it.each(['', '460', '4368万元', '二〇二五年', '第四批', '共62宗', '62宗以内', '件', '三分之二件'])(
    '%j → null',
    (input) => {
      expect(parseQuantity(input)).toBeNull()
    },
  )
})

describe('parseMoney', () => {
  it.each([
    ['1.59亿元', 159000000, '亿元', 'exact'],
    ['4368万元', 43680000, '万元', 'exact'],
    ['2.5万元', 25000, '万元', 'exact'],
    ['500余万元', 5000000, '万元', 'over'],
    ['约1006亿元', 100600000000, '亿元', 'about'],
    ['653.51万元', 6535100, '万元', 'exact'],
    ['0.07万元', 700, '万元', 'exact'],
    ['1.15亿元', 115000000, '亿元', 'exact'],
    ['3千元', 3000, '千元', 'exact'],
    ['2百万元', 2000000, '百万元', 'exact'],
    ['5万余元', 50000, '万元', 'over'],
    ['一千元', 1000, '元', 'exact'],
    ['五百万元', 5000000, '万元', 'exact'],
    ['壹拾壹元整', 11, '元', 'exact'],
    ['壹拾壹元壹角壹分', 11.11, '元', 'exact'],
    ['玖仟陆佰陆拾伍圆壹角捌分', 9665.18, '圆', 'exact'],
    ['肆佰叁拾萬圆整', 4300000, '萬圆', 'exact'],
    ['123元1角1分', 123.11, '元', 'exact'],
    ['人民币3.14', 3.14, '元', 'exact'],
    ['人民币 50元', 50, '元', 'exact'],
    ['8亿元人民币', 800000000, '亿元', 'exact'],
    ['十块三毛', 10.3, '块', 'exact'],
    ['一块二', 1.2, '块', 'exact'],
    ['至少三块零四', 3.04, '块', 'over'],
    ['最多一块二角', 1.2, '块', 'under'],
    ['一百三十五块六角七分钱', 135.67, '块', 'exact'],
    ['3.04块以上', 3.04, '块', 'over'],
    ['1.2元以下', 1.2, '元', 'under'],
    ['两毛五', 0.25, '角', 'exact'],
    ['五分', 0.05, '分', 'exact'],
    ['二十五分', 0.25, '分', 'exact'],
    ['82，225.00元', 82225, '元', 'exact'],
  ])('%s → %d (%s, %s)', (input, value, written, approx) => {
    const m = parseMoney(input)
    expect(m).not.toBeNull()
    expect(m?.value).toBe(value)
    expect(m?.written).toBe(written)
    expect(m?.approx).toBe(approx)
    expect(m?.unit).toBe('元')
    expect(m?.unitClass).toBe('money')
    expect(m?.currency).toBe('CNY')
  })

  it('carries a leading change phrase', () => {
    expect(parseMoney('同比增长1.5万元')?.change).toEqual({ direction: 'up', basis: 'year_on_year' })
    expect(parseMoney('减少人民币3元')?.change).toEqual({ direction: 'down', basis: null })
  })

  it.each(['15美元', '25481港元', '三百万', '460余份', '', '元', '一百分', '人民币', '5元6'])(
    '%j → null',
    (input) => {
      expect(parseMoney(input)).toBeNull()
    },
  )
})

describe('findQuantities', () => {
  it('finds counts and money with exact offsets', () => {
    const text = '2024年，共收到行政复议申请62宗，受理53宗，办结58宗（含去年结转18宗），调处金额4368万元。'
    const found = findQuantities(text)
    expect(brief(found)).toEqual([
      ['62宗', 62, '宗', 'exact', null],
      ['53宗', 53, '宗', 'exact', null],
      ['58宗', 58, '宗', 'exact', null],
      ['18宗', 18, '宗', 'exact', null],
      ['4368万元', 43680000, '万元', 'exact', null],
    ])
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text)
    expect(found[4]?.type).toBe('money')
    expect(found[0]?.type).toBe('quantity')
  })

  it('puts approx qualifiers in the span, but not 共/累计/达', () => {
    const text = '培训近120余人次，观众超16万人次，累计共460余份，共有约15人，达200余场次，人数100人左右'
    expect(brief(findQuantities(text)).map((b) => [b[0], b[3]])).toEqual([
      ['近120余人次', 'about'],
      ['超16万人次', 'over'],
      ['460余份', 'over'],
      ['约15人', 'about'],
      ['200余场次', 'over'],
      ['100人左右', 'about'],
    ])
  })

  it('marks changes, never levels', () => {
    const text =
      '较2022年558件增加了555件，同比增加2007户，新增市场主体5000户，压缩审批时限10个工作日，下降至3件'
    expect(brief(findQuantities(text)).map((b) => [b[0], b[4]])).toEqual([
      ['558件', null],
      ['555件', 'up/previous'],
      ['2007户', 'up/year_on_year'],
      ['5000户', null],
      ['10个工作日', 'down/null'],
      ['3件', null],
    ])
  })

  it('reads Chinese numerals that are real counts', () => {
    const text = '开展两场培训，办理三千五百件，组织十余次检查，两起事故，一百二十名干部'
    expect(brief(findQuantities(text)).map((b) => [b[0], b[1]])).toEqual([
      ['两场', 2],
      ['三千五百件', 3500],
      ['十余次', 10],
      ['两起', 2],
      ['一百二十名', 120],
    ])
  })

  it.each([
    ['years and dates', '2024年，2024年度，10月22日，2025-01-06'],
    ['ordinals', '第四批国家机关，第二十四条，第三次会议，区委五届七次全会，十九届，二十大，二十届三中全会'],
    ['slogans in quotes', '“1310”具体部署，“1+4+N”机制，“八五”普法，“三项制度”，“五个全覆盖”，「12个」'],
    ['titles', '《关于加强十项工作的意见》《2024年度10项重点任务》'],
    [
      'hotlines and IDs',
      '12345热线，12348热线，索引号：11440512754542113A/2025-00008，粤ICP备09164358号，IPv6',
    ],
    ['ranges', '以1-2家律师事务所，5至10件，3~5人'],
    ['words with 一', '一是，一批，进一步，统一，一体，一网通办，一件事一次办，一次，一条龙，一部分，之一'],
    [
      'lone digits with item counters or 元',
      '四个意识，两个维护，三项制度，三张清单，全区七个街道，二元结构',
    ],
    ['words starting with a unit', '千家万户，百姓，万人空巷'],
    ['unit-free runs', '三五天，一二件'],
    ['percentage points', '同比提高2.1个百分点'],
    ['pure numbers', '共计123，合计4567'],
    ['template residue', '共召开会议*次，办理案件XX件，xx年'],
  ])('never reports %s', (_, text) => {
    expect(findQuantities(text)).toEqual([])
  })

  it('reads 角/分 after a 元 amount', () => {
    expect(brief(findQuantities('这个手机壳五元三毛，50元6角三分'))).toEqual([
      ['五元三毛', 5.3, '元', 'exact', null],
      ['50元6角三分', 50.63, '元', 'exact', null],
    ])
  })

  it('reads full-width digits in raw text and keeps raw offsets', () => {
    const text = '受理１２３件，办结４５件'
    const found = findQuantities(text)
    expect(brief(found).map((b) => [b[0], b[1]])).toEqual([
      ['１２３件', 123],
      ['４５件', 45],
    ])
    expect(found[0]?.start).toBe(2)
  })

  it('reads thousands separators and big units', () => {
    expect(
      brief(findQuantities('办件1,024件，审批20.56万件，金额1.59亿元，约4万余户')).map((b) => b[1]),
    ).toEqual([1024, 205600, 159000000, 40000])
  })

  it('returns unitClass null for counters outside the taxonomy', () => {
    const [m] = findQuantities('使用资金企业55家次')
    expect(m?.type === 'quantity' && m.value.unitClass).toBeNull()
  })

  it('does not report a mention inside an unbalanced or long quote as a slogan', () => {
    const text = `“${'很长的引用内容'.repeat(5)}共办理62宗”`
    expect(findQuantities(text).map((m) => m.text)).toEqual(['62宗'])
  })

  it('returns [] for empty text and throws on a non-string', () => {
    expect(findQuantities('')).toEqual([])
    expect(() => findQuantities(undefined as unknown as string)).toThrow(/expects a string/)
  })
})

describe('findQuantities: lone Chinese numerals that close a counted phrase', () => {
  it('accepts a lone numeral + counter between a word and clause punctuation', () => {
    expect(brief(findQuantities('全年审议地方性法规草案五件，听取专题汇报两项。'))).toEqual([
      ['五件', 5, '件', 'exact', null],
      ['两项', 2, '项', 'exact', null],
    ])
    expect(brief(findQuantities('修订配套制度六项'))).toEqual([['六项', 6, '项', 'exact', null]])
  })

  it('still rejects a lone numeral + counter followed by a noun or standing alone', () => {
    expect(findQuantities('健全三项机制，坚持两个确立，落实五个到位。')).toEqual([])
    expect(findQuantities('三项，')).toEqual([])
  })

  it('reads 百余/千余 without a leading 一 as 100/1000 and over', () => {
    expect(brief(findQuantities('审核行政执法文书百余份，惠及群众千多人'))).toEqual([
      ['百余份', 100, '份', 'over', null],
      ['千多人', 1000, '人', 'over', null],
    ])
    expect(findQuantities('动员数百余人，成百上千人参与')).toEqual([])
  })
})
