/**
 * Batch settings, tasks and record serialization, shared by the main thread and the
 * workers. Loads no parser code (the main thread stays light; see run-task.ts). Node-only.
 *
 * @module
 */

import { type BatchError, type BatchRecord, csvRows, toJSON, toXML, xmlRecord } from '../output/index.js'

/** Output formats of `fazhi-report parse`. */
export type OutputFormat = 'json' | 'jsonl' | 'csv' | 'csv-wide' | 'xml'

/** Every output format, in help order. */
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['jsonl', 'json', 'csv', 'csv-wide', 'xml']

/** Input formats `--input-format` accepts. */
export type InputFormat = 'auto' | 'text' | 'html' | 'xml' | 'docx'

/** How records are serialized and files parsed; fixed for a batch (passed to workers as `workerData`). */
export interface TaskSettings {
  /** The output format. */
  format: OutputFormat
  /** One output file per input (`--out DIR`): a whole document per record. */
  perFile: boolean
  /** CSV indicator ids (wide: the columns; long: a filter), or `null` for the default. */
  indicators: readonly string[] | null
  /** `--encoding`, or `null` to detect. */
  encoding: string | null
  /** `--input-format`. */
  inputFormat: InputFormat
}

/** A task sent to a worker. */
export interface Task {
  /** Position in the sorted input list. */
  index: number
  /** The path as written in the output. */
  file: string
  /** Absolute path to read. */
  absolute: string
}

/** What a task yields. */
export interface TaskResult {
  /** Position in the sorted input list. */
  index: number
  /** The serialized record (see {@link serializeRecord}). */
  chunk: string
  /** Set when the file failed. */
  error: BatchError['error'] | null
  /** Rule ids of the report's `warning` messages. */
  warnings: string[]
}

/**
 * Serializes one record for the batch output. Stream formats give a fragment: a JSONL line,
 * a pretty JSON array element (indented, no separator), CSV rows, an XML `<report>`/`<error>`
 * element. With `perFile`, a whole document: the bare `Report` (or the error record) as pretty
 * JSON or as an XML document.
 *
 * @param record - The record.
 * @param settings - Format and CSV columns.
 * @returns The text to write.
 */
export function serializeRecord(record: BatchRecord, settings: TaskSettings): string {
  const value = 'report' in record ? record.report : record
  if (settings.perFile) {
    return settings.format === 'xml' ? toXML(value) : toJSON(value, { pretty: true }) + '\n'
  }
  switch (settings.format) {
    case 'jsonl':
      return toJSON(record) + '\n'
    case 'json':
      return '  ' + toJSON(record, { pretty: true }).replaceAll('\n', '\n  ')
    case 'csv':
      return csvRows(record, 'long', settings.indicators)
    case 'csv-wide':
      return csvRows(record, 'wide', settings.indicators)
    case 'xml':
      return xmlRecord(record)
  }
}

/**
 * Serializes a failure as a result.
 *
 * @param task - The task that failed.
 * @param error - The error record body.
 * @param settings - Format and CSV columns.
 * @returns The result to write.
 */
export function failedResult(task: Task, error: BatchError['error'], settings: TaskSettings): TaskResult {
  return {
    index: task.index,
    chunk: serializeRecord({ file: task.file, error }, settings),
    error,
    warnings: [],
  }
}
