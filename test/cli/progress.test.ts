import { describe, expect, it } from 'vitest'
import { formatDuration, Progress, renderProgress } from '../../src/cli/progress.js'

describe('progress bar', () => {
  it('renders done/total, rate and ETA', () => {
    expect(renderProgress(123, 500, 2.5)).toBe('[=====>                  ] 123/500 files 49.2 files/s ETA 8s')
    expect(renderProgress(0, 10, 0)).toBe('[>                       ] 0/10 files 0.0 files/s ETA ?')
    expect(renderProgress(10, 10, 1)).toBe('[========================] 10/10 files 10.0 files/s ETA 0s')
  })

  it('formats durations', () => {
    expect([formatDuration(7.2), formatDuration(185), formatDuration(3720)]).toEqual(['8s', '3m05s', '1h02m'])
  })

  it('redraws in place, clears itself around printed lines, and stays silent without a TTY', () => {
    const written: string[] = []
    const progress = new Progress({ write: (text: string) => written.push(text), columns: 80 }, 2)
    progress.tick()
    progress.print('error: x\n', { write: () => expect.unreachable() })
    progress.tick()
    progress.done()
    const output = written.join('')
    expect(output.startsWith('\r[')).toBe(true)
    expect(output).toContain('\r\x1b[Kerror: x\n\r[')
    expect(output).toContain('2/2 files')
    expect(output.endsWith('\r\x1b[K')).toBe(true)
    const fallback: string[] = []
    const silent = new Progress(null, 2)
    silent.tick()
    silent.print('error: y\n', { write: (text: string) => fallback.push(text) })
    expect(fallback).toEqual(['error: y\n'])
  })
})
