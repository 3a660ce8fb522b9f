/**
 * Hand-made `Report` fixtures for the serializer tests (independent of the parser).
 */

import type { Fact, Report, ReportSection } from '../../src/types.js'

/** A fact with sensible defaults. */
export function makeFact(overrides: Partial<Fact> & Pick<Fact, 'indicator' | 'value'>): Fact {
  const text = overrides.text ?? `${overrides.value}件`
  const start = overrides.start ?? 100
  return {
    category: overrides.indicator.split('.')[0] ?? 'disputes',
    unit: '件',
    approx: 'exact',
    change: null,
    text,
    start,
    end: start + text.length,
    sentence: { start: start - 10, end: start + text.length + 5 },
    section: ['2024年度法治政府建设情况', '化解矛盾纠纷'],
    ...overrides,
  }
}

function section(
  id: string,
  level: number,
  title: string | null,
  kind: ReportSection['kind'],
): ReportSection {
  return {
    id,
    start: 0,
    end: 10,
    level,
    heading:
      title === null
        ? null
        : {
            start: 0,
            end: title.length + 2,
            text: `一、${title}`,
            title,
            marker: '一、',
            style: 'cn-comma',
            ordinal: 1,
          },
    kind,
    topic: null,
    path: title === null ? [] : [title],
    children: [],
  }
}

/** A complete report; override any top-level part. */
export function makeReport(overrides: Partial<Report> = {}): Report {
  const achievements = section('s1', 1, '2024年度法治政府建设情况', 'achievements')
  achievements.children.push({
    ...section('s1.1', 2, '化解矛盾纠纷', 'achievements'),
    topic: 'disputes',
    path: ['2024年度法治政府建设情况', '化解矛盾纠纷'],
  })
  return {
    schemaVersion: 1,
    source: { format: 'text', encoding: 'utf-8', length: 5000 },
    meta: {
      title: '濠江区2024年法治政府建设年度报告',
      titleSpan: { start: 10, end: 26 },
      reportYear: 2024,
      publishedAt: '2025-01-06',
      writtenAt: '2025-01-06',
      issuer: '汕头市濠江区人民政府办公室',
      reporter: '汕头市濠江区人民政府',
      jurisdiction: { name: '濠江区', tier: 'county', province: '广东省', city: '汕头市', code: '440512' },
      issuerKind: 'government',
      indexNo: '11440512754542113A/2025-00008',
      docNo: null,
      addressee: null,
    },
    sections: [
      section('preamble', 0, null, 'preamble'),
      achievements,
      section('s2', 1, '存在问题', 'shortcomings'),
    ],
    facts: [
      makeFact({
        indicator: 'reconsideration.applications_received',
        value: 62,
        unit: '宗',
        text: '62宗',
        start: 200,
      }),
      makeFact({
        indicator: 'reconsideration.concluded',
        value: 58,
        unit: '宗',
        text: '58宗',
        start: 220,
        components: [{ label: 'carried_over', value: 18, unit: '宗', text: '18宗', start: 226, end: 229 }],
      }),
      makeFact({
        indicator: 'functions.online_rate',
        category: 'functions',
        value: 93.03,
        unit: '%',
        text: '93.03%',
        start: 300,
      }),
      makeFact({
        indicator: 'litigation.cases',
        value: 17.1,
        unit: '%',
        text: '同比增长17.1%',
        start: 400,
        change: { direction: 'up', basis: 'year_on_year' },
      }),
      makeFact({
        indicator: 'litigation.cases',
        value: 13,
        unit: '宗',
        text: '13宗',
        start: 420,
        approx: 'over',
      }),
      makeFact({ indicator: 'litigation.cases', value: 9, unit: '宗', text: '9宗', start: 480 }),
    ],
    quantities: [
      {
        type: 'quantity',
        start: 200,
        end: 203,
        text: '62宗',
        sectionId: 's1.1',
        indicator: 'reconsideration.applications_received',
        value: { value: 62, unit: '宗', unitClass: 'cases', approx: 'exact', change: null },
      },
      {
        type: 'money',
        start: 500,
        end: 506,
        text: '1.59亿元',
        sectionId: 's1',
        indicator: null,
        value: {
          value: 159000000,
          unit: '元',
          unitClass: 'money',
          currency: 'CNY',
          written: '亿元',
          approx: 'exact',
          change: null,
        },
      },
    ],
    dates: [
      {
        start: 30,
        end: 40,
        text: '2024年10月',
        sectionId: 'preamble',
        value: {
          start: '2024-10-01',
          end: '2024-10-31',
          precision: 'month',
          kind: 'point',
          impliedYear: false,
        },
      },
    ],
    shortcomings: [
      { start: 600, end: 620, text: '线上政务服务办事体验还需进一步优化', sectionId: 's2', marker: '一是' },
    ],
    plans: [],
    leaderDuties: [],
    rectifications: [],
    completeness: {
      items: {
        achievements: { present: true, sections: ['s1'] },
        shortcomings: { present: true, sections: ['s2'] },
        leader_duties: { present: false, sections: [] },
        plans: { present: false, sections: [] },
        other_matters: { present: false, sections: [] },
      },
      missing: ['leader_duties', 'plans', 'other_matters'],
      score: 2,
    },
    timeliness: { status: 'on_time', deadline: '2025-04-01', publishedAt: '2025-01-06', daysLate: -85 },
    messages: [
      {
        ruleId: 'template-residue',
        reason: 'Template residue `XX件`',
        severity: 'warning',
        place: null,
        actual: 'XX件',
      },
    ],
    ...overrides,
  }
}

/**
 * A tiny RFC 4180 reader (CRLF or LF record ends, quoted fields with doubled quotes and
 * embedded line breaks), independent of the writer under test.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (char === '"') {
        quoted = false
      } else {
        cell += char
      }
    } else if (char === '"') {
      quoted = true
    } else if (char === ',') {
      row.push(cell)
      cell = ''
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else {
      cell += char
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell)
    rows.push(row)
  }
  return rows
}
