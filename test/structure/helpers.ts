import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { isSec, type Sec } from '../../src/structure/index.js'

/** Seed file names. */
export const seeds = [
  '000_0414d3b711716db3',
  '001_b84440f565a32dda',
  '002_12f066875d9f6aed',
  '003_0f3b6fe8336d67dc',
  '004_27068fbfb0d05908',
] as const

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url))

/** Read a seed's text. */
export function readSeed(name: string): string {
  return readFileSync(`${fixtures}seeds/${name}.txt`, 'utf8')
}

/** Path of a gold file. */
export function goldPath(name: string): string {
  return `${fixtures}${name}.expected.json`
}

/** A plain-text SourceText whose view is the text itself. */
export { plainSource } from '../../src/parser/index.js'

/** `[level, marker, title, kind]` of a section. */
export type Row = [number, string | null, string | null, string]

/** Rows of sections (depth-first), for compact assertions. */
export function rows(sections: readonly Sec[], maxLevel = 9): Row[] {
  const out: Row[] = []
  const walk = (sec: Sec): void => {
    if (sec.level > maxLevel) return
    out.push([sec.level, sec.heading?.marker ?? null, sec.heading?.title ?? null, sec.kind])
    for (const item of sec.items) if (isSec(item)) walk(item)
  }
  for (const sec of sections) walk(sec)
  return out
}

/** Subsections of a section. */
export function childrenOf(sec: Sec): Sec[] {
  return sec.items.filter(isSec)
}
