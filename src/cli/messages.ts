/**
 * Error codes and bilingual wording of the CLI. Node-only.
 *
 * @module
 */

import { isFazhiReportError } from '../errors.js'
import type { BatchError } from '../output/index.js'

/** Chinese glosses of the error codes, shown on stderr beside the English message. */
const GLOSSES: Readonly<Record<string, string>> = {
  INVALID_ARGUMENT: '参数无效',
  INVALID_OPTION: '选项无效',
  UNSUPPORTED_FORMAT: '不支持的文件格式',
  UNSUPPORTED_ENCODING: '不支持的编码',
  DECODE_FAILED: '无法解码文本',
  INPUT_TOO_LARGE: '文件过大',
  MALFORMED_XML: 'XML 格式错误',
  XML_ENTITY_LIMIT: 'XML 实体超出限制',
  MALFORMED_DOCX: 'DOCX 文件损坏',
  ZIP_LIMIT: '压缩包超出限制',
  FILE_NOT_FOUND: '文件不存在',
  NOT_A_FILE: '不是文件',
  PERMISSION_DENIED: '没有读取权限',
  READ_FAILED: '读取失败',
  EMPTY_FILE: '空文件',
  TIMEOUT: '处理超时',
  WORKER_CRASHED: '处理进程崩溃',
  INTERNAL_ERROR: '内部错误',
}

/**
 * The Chinese gloss of an error code, or `''`.
 *
 * @param code - An error code.
 * @returns The gloss, e.g. `文件不存在`.
 */
export function gloss(code: string): string {
  return GLOSSES[code] ?? ''
}

/**
 * The stderr line for a failed file: `error: <file>: <CODE> <message> (<中文>)`.
 *
 * @param record - The failed file.
 * @returns The line, newline-terminated.
 */
export function errorLine(record: BatchError): string {
  const chinese = gloss(record.error.code)
  return `error: ${record.file}: ${record.error.code} ${record.error.message}${chinese ? ` (${chinese})` : ''}\n`
}

/**
 * Turns a file-system error into an error record body with a stable code.
 *
 * @param error - What `fs` threw.
 * @returns `{ code, message }`.
 */
export function describeFsError(error: unknown): BatchError['error'] {
  const code = (error as NodeJS.ErrnoException | null)?.code
  switch (code) {
    case 'ENOENT':
      return { code: 'FILE_NOT_FOUND', message: 'no such file or directory' }
    case 'EISDIR':
      return { code: 'NOT_A_FILE', message: 'is a directory, not a file' }
    case 'EACCES':
    case 'EPERM':
      return { code: 'PERMISSION_DENIED', message: 'permission denied' }
    default:
      return { code: 'READ_FAILED', message: error instanceof Error ? error.message : String(error) }
  }
}

/**
 * Turns anything a parse threw into an error record body: the library's own code for a
 * `FazhiReportError`, file-system codes for `fs` errors, `INTERNAL_ERROR` otherwise.
 *
 * @param error - What was thrown.
 * @returns `{ code, message }`.
 */
export function describeError(error: unknown): BatchError['error'] {
  if (isFazhiReportError(error)) return { code: error.code, message: error.message }
  if (typeof (error as NodeJS.ErrnoException | null)?.syscall === 'string') return describeFsError(error)
  if (error instanceof Error) return { code: 'INTERNAL_ERROR', message: `${error.name}: ${error.message}` }
  return { code: 'INTERNAL_ERROR', message: String(error) }
}
