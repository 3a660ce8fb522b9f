import fc from 'fast-check'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { loadSource } from '../../src/input/index.js'
import {
  expectLinesInOrder,
  expectSpanSamples,
  expectUnitMap,
  govPage,
  htmlFragmentText,
  readSeed,
  seedNames,
  seedParagraphs,
} from './helpers.js'

const decodeHtml = (slice: string): string => (slice.length === 1 ? slice : htmlFragmentText(slice))

describe('HTML input', () => {
  for (const name of seedNames) {
    it(`flattens a GB2312 government page around seed ${name}`, () => {
      const paragraphs = seedParagraphs(readSeed(name))
      const html = govPage(paragraphs, { charset: 'gb2312', title: '某某区2024年法治政府建设年度报告' })
      const bytes = iconv.encode(html, 'gbk')
      expect(iconv.decode(bytes, 'gbk')).toBe(html) // the page is representable in GBK

      const source = loadSource(bytes)
      expect(source.format).toBe('html')
      expect(source.encoding).toBe('gb18030')
      expect(source.original).toBe(html)
      expect(source.warnings).toEqual([])
      expectLinesInOrder(source.text, paragraphs)

      // Chrome that is markup (nav, script, style, footer, noscript, button) is gone; text chrome stays.
      for (const gone of [
        '导航栏目丙',
        '_hmt',
        'font-size',
        '页脚主办甲',
        '页脚标识乙',
        '请开启脚本',
        '打印本页',
        '广告',
        '浏览统计',
      ]) {
        expect(source.text).not.toContain(gone)
      }
      expect(source.text).toContain('您当前的位置:首页 > 政务公开 > 法治政府建设')

      expect(source.hints.title).toBe('某某区2024年法治政府建设年度报告')
      expect(source.hints.publishedAt).toBe('2025-01-06 09:30')
      expect(source.hints.meta).toMatchObject({
        contentsource: '某某区司法局',
        articletitle: '某某区2024年法治政府建设年度报告',
        'content-type': 'text/html; charset=gb2312',
        charset: 'gb2312',
        sitename: '某某区人民政府门户网站',
      })

      expectUnitMap(source, decodeHtml)
      expectSpanSamples(source, htmlFragmentText, 300, name.length)
    })
  }

  it('maps entities to their whole source and decodes them', () => {
    const html = '<p>a&nbsp;b&#x4e00;&#19968;&copy c&notit; d&amp;e&lt;&unknown; &ldquo;x&rdquo;</p>'
    const source = loadSource(html)
    expect(source.text).toBe('a b一一© c¬it; d&e<&unknown; “x”\n')
    const at = (needle: string): { start: number; end: number } => {
      const i = source.text.indexOf(needle)
      return source.toOriginal(i, i + needle.length)
    }
    const slice = (needle: string): string => {
      const span = at(needle)
      return html.slice(span.start, span.end)
    }
    expect(slice('一一')).toBe('&#x4e00;&#19968;')
    expect(slice('©')).toBe('&copy')
    expect(slice('¬')).toBe('&not')
    expect(slice('&')).toBe('&amp;')
    expect(slice('<')).toBe('&lt;')
    expect(slice('&unknown;')).toBe('&unknown;')
    expect(slice('“x”')).toBe('&ldquo;x&rdquo;')
    expect(slice('a b')).toBe('a&nbsp;b')
  })

  it('turns blocks into lines, cells into spaces, <br> into a line break and keeps <pre>', () => {
    const html =
      '<div>一、总体情况</div><div><p>第一段\n  续写</p><ul><li>甲</li><li>乙</li></ul></div>' +
      '<table><tr><td>指标</td><td>数值</td></tr><tr><td>案件</td><td>12件</td></tr></table>上<br>下<pre>  a\n  b</pre>'
    const source = loadSource(html)
    expect(source.text.split('\n').map((l) => l.trim())).toEqual([
      '一、总体情况',
      '第一段 续写',
      '甲',
      '乙',
      '指标 数值',
      '案件 12件',
      '上',
      '下',
      'a',
      'b',
      '',
    ])
    expect(source.text).toContain('  a\n  b')
  })

  it('drops hidden elements and page header/footer but keeps those inside <article>', () => {
    const html =
      '<header>网站头部</header><div hidden>隐藏一</div><div style="DISPLAY: NONE">隐藏二</div>' +
      '<article><header><h1>报告标题</h1></header><p>正文</p><footer>文章尾注</footer></article><footer>网站底部</footer>'
    const source = loadSource(html)
    expect(source.text).toBe('报告标题\n正文\n文章尾注\n')
  })

  it('reads the title from <title> when no meta names one, and every meta in lower case', () => {
    const source = loadSource(
      '<html><head><title> 年度 报告 </title><meta property="og:site_name" content="站点"><meta name="article:published_time" content="2024-03-01"></head><body>x</body></html>',
    )
    expect(source.hints).toEqual({
      title: '年度 报告',
      publishedAt: '2024-03-01',
      meta: { 'og:site_name': '站点', 'article:published_time': '2024-03-01' },
    })
  })

  it('normalizes the view while mapping CRLF and NUL in the source', () => {
    const html = '<p>全年\r\n办理１２件\0。</p>'
    const source = loadSource(html)
    expect(source.text).toBe('全年 办理12件。\n')
    const i = source.text.indexOf('12')
    expect(html.slice(source.toOriginal(i, i + 2).start, source.toOriginal(i, i + 2).end)).toBe('１２')
  })

  it('parses thousands of unclosed inline tags (Word-exported pages) with a warning', () => {
    const html = `<p>第一段</p>${'<font face="仿宋"><span>'.repeat(5000)}深层正文<p>第二段</p>`
    const source = loadSource(html, { format: 'html' })
    expect(source.text.split('\n').map((l) => l.trim())).toEqual(['第一段', '深层正文', '第二段', ''])
    expect(source.warnings.map((w) => w.ruleId)).toEqual(['html-deep-nesting'])
    const i = source.text.indexOf('深层正文')
    const span = source.toOriginal(i, i + 4)
    expect(html.slice(span.start, span.end)).toBe('深层正文')
  })

  it('throws a typed error (not a stack overflow) for absurdly nested blocks', () => {
    const depth = 20000
    const html = `${'<div>'.repeat(depth)}深层正文${'</div>'.repeat(depth)}`
    expect(() => loadSource(html, { format: 'html' })).toThrow(
      expect.objectContaining({ name: 'FazhiReportError', code: 'INPUT_TOO_LARGE' }),
    )
  })

  it('keeps the map monotone and inside the input for arbitrary markup (property)', () => {
    const piece = fc.constantFrom(
      '<p>',
      '</p>',
      '<div class="a">',
      '</div>',
      '<br>',
      '<td>',
      '<span>',
      '</span>',
      '&nbsp;',
      '&amp;',
      '&#x4e00;',
      '&copy',
      '&notit;',
      '&bogus;',
      '&',
      '\r\n',
      '\r',
      '\n',
      '  ',
      '\u0000',
      '<script>x<y</script>',
      '<!-- c -->',
      '<pre>\n p </pre>',
      '法治',
      '１２',
      'abc',
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const html = pieces.join('')
        const source = loadSource(html, { format: 'html' })
        let last = 0
        for (let i = 0; i < source.text.length; i++) {
          const span = source.toOriginal(i, i + 1)
          expect(span.start).toBeGreaterThanOrEqual(last)
          expect(span.end).toBeGreaterThanOrEqual(span.start)
          expect(span.end).toBeLessThanOrEqual(html.length)
          last = span.start
        }
        const whole = source.toOriginal(0, source.text.length)
        expect(whole.end).toBeLessThanOrEqual(html.length)
      }),
      { numRuns: 300 },
    )
  })
})
