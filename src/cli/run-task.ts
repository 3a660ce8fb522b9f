/**
 * One unit of batch work — read a file, parse it, serialize the record — run by the
 * worker threads (and by `summary`). Node-only.
 *
 * @module
 */

import { readFileSync, statSync } from 'node:fs'
import type { BatchError, ReportRecord } from '../output/index.js'
import { parseReport } from '../parse-report.js'
import type { Report } from '../types.js'
import { describeError, describeFsError } from './messages.js'
import {
  failedResult,
  type InputFormat,
  serializeRecord,
  type Task,
  type TaskResult,
  type TaskSettings,
} from './task.js'

/** Largest file the CLI reads (bytes); larger files become `INPUT_TOO_LARGE` records without being read (the library default, 50 MiB). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024

/**
 * Reads an input file as bytes, refusing directories, empty files and files over
 * {@link MAX_FILE_BYTES} without reading them.
 *
 * @param absolute - The path.
 * @returns The bytes, or an error record body.
 */
export function readInput(absolute: string): Uint8Array | BatchError['error'] {
  try {
    const stats = statSync(absolute)
    if (!stats.isFile()) return { code: 'NOT_A_FILE', message: 'not a regular file' }
    if (stats.size === 0) return { code: 'EMPTY_FILE', message: 'the file is empty' }
    if (stats.size > MAX_FILE_BYTES) {
      return {
        code: 'INPUT_TOO_LARGE',
        message: `the file has ${stats.size} bytes; the limit is ${MAX_FILE_BYTES}`,
      }
    }
    const buffer = readFileSync(absolute)
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
  } catch (error) {
    return describeFsError(error)
  }
}

/**
 * Parses file bytes with the CLI's input options.
 *
 * @param bytes - The file's bytes.
 * @param format - `--input-format`.
 * @param encoding - `--encoding`, or `null` to detect.
 * @returns The report.
 * @throws {FazhiReportError} What `parseReport` throws for input that is not a report.
 */
export function parseBytes(bytes: Uint8Array, format: InputFormat, encoding: string | null): Report {
  const options: { format: InputFormat; encoding?: string } = { format }
  if (encoding !== null) options.encoding = encoding
  return parseReport(bytes, options)
}

/**
 * Reads, parses and serializes one file. Never throws: failures become error records.
 *
 * @param task - The file.
 * @param settings - Format, encoding, CSV columns.
 * @returns The serialized record.
 */
export function runTask(task: Task, settings: TaskSettings): TaskResult {
  const bytes = readInput(task.absolute)
  if (!(bytes instanceof Uint8Array)) return failedResult(task, bytes, settings)
  let record: ReportRecord
  try {
    record = { file: task.file, report: parseBytes(bytes, settings.inputFormat, settings.encoding) }
  } catch (error) {
    return failedResult(task, describeError(error), settings)
  }
  const warnings: string[] = []
  for (const message of record.report.messages)
    if (message.severity === 'warning') warnings.push(message.ruleId)
  try {
    return { index: task.index, chunk: serializeRecord(record, settings), error: null, warnings }
  } catch (error) {
    return failedResult(task, describeError(error), settings)
  }
}
