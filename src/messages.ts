/**
 * Messages: warnings about odd content, as vfile messages with positions in the
 * original input and stable rule ids.
 *
 * @module
 */

import type { VFile } from 'vfile'
import type { SourceText } from './document.js'
import type { ReportMessage } from './types.js'

/** The `source` of every message this library emits. */
export const MESSAGE_SOURCE = 'fazhi-report'

/**
 * A message as the pipeline stages produce it: offsets into the normalized view.
 *
 * @internal
 */
export interface MessageDraftLike {
  ruleId: string
  reason: string
  severity: 'warning' | 'info'
  start: number | null
  end: number | null
  actual: string | null
}

/**
 * Turn drafts (view offsets) into vfile messages positioned in the original input.
 *
 * @internal
 */
export function emitMessages(file: VFile, source: SourceText, drafts: Iterable<MessageDraftLike>): void {
  let toPoint: ((offset: number) => { line: number; column: number; offset: number }) | undefined
  for (const draft of drafts) {
    let place: { start: ReturnType<NonNullable<typeof toPoint>>; end: ReturnType<NonNullable<typeof toPoint>> } | undefined
    if (draft.start !== null && draft.end !== null) {
      toPoint ??= pointer(source.original)
      const span = source.toOriginal(draft.start, draft.end)
      place = { start: toPoint(span.start), end: toPoint(span.end) }
    }
    const message = file.message(draft.reason, {
      ruleId: draft.ruleId,
      source: MESSAGE_SOURCE,
      ...(place ? { place } : {}),
    })
    message.fatal = false
    message.url = `https://github.com/fazhi-report/fazhi-report/blob/main/docs/messages.md#${draft.ruleId}`
    if (draft.actual !== null) message.actual = draft.actual
    if (draft.severity === 'info') message.fatal = undefined
  }
}

/**
 * Convert the vfile messages of a parse into plain `ReportMessage` data.
 *
 * @internal
 */
export function toReportMessages(file: VFile): ReportMessage[] {
  return file.messages.map((message) => ({
    ruleId: message.ruleId ?? 'unknown',
    reason: message.reason,
    severity: message.fatal === false ? 'warning' : 'info',
    place:
      message.place && 'start' in message.place && message.place.start.offset !== undefined
        ? { start: message.place.start.offset, end: message.place.end.offset ?? message.place.start.offset }
        : null,
    actual: message.actual ?? null,
  }))
}

/** A lazily built line index: offset → 1-based line/column (vfile-location semantics). */
function pointer(text: string): (offset: number) => { line: number; column: number; offset: number } {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1)
  return (offset) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return { line: low + 1, column: offset - starts[low]! + 1, offset }
  }
}
