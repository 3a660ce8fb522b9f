/**
 * Messages: warnings about odd content, as vfile messages with positions in the
 * original input and stable rule ids.
 *
 * @module
 */

import type { Position } from 'unist'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import type { MessageDraft, SourceText } from './document.js'
import type { ReportMessage } from './types.js'

/** The `source` of every message this library emits. */
export const MESSAGE_SOURCE = 'fazhi-report'

/**
 * Turn drafts (view offsets) into vfile messages positioned in the original input.
 *
 * @internal
 */
export function emitMessages(file: VFile, source: SourceText, drafts: Iterable<MessageDraft>): void {
  // A VFileMessage is an Error whose `stack` vfile-message sets to '' (no cause given): skip the
  // stack trace capture of its `super()` call, which costs more than the rest of the message. A
  // limit that is not a number skips it altogether (V8), where 0 still sets up an empty trace;
  // the message ends up the same (`stack` an own, non-enumerable '').
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = undefined as unknown as number
  try {
    emitAll(file, source, drafts)
  } finally {
    Error.stackTraceLimit = limit
  }
}

function emitAll(file: VFile, source: SourceText, drafts: Iterable<MessageDraft>): void {
  let index: ReturnType<typeof location> | undefined
  for (const draft of drafts) {
    let place: Position | undefined
    if (draft.start !== null && draft.end !== null) {
      index ??= location(source.original)
      const span = source.toOriginal(draft.start, draft.end)
      const start = index.toPoint(span.start)
      const end = index.toPoint(span.end)
      if (start !== undefined && end !== undefined) place = { start, end }
    }
    const message = file.message(draft.reason, { ruleId: draft.ruleId, source: MESSAGE_SOURCE, place })
    message.url = `https://github.com/fazhi-report/fazhi-report/blob/main/docs/messages.md#${draft.ruleId}`
    if (draft.actual !== null) message.actual = draft.actual
    // vfile: `fatal: false` is a warning, `undefined` an info message.
    message.fatal = draft.severity === 'info' ? undefined : false
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
