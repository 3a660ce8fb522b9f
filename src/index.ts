/**
 * fazhi-report: parse Chinese annual rule-of-law government reports
 * (法治政府建设年度报告) into typed, traceable data.
 *
 * @packageDocumentation
 */

export type { FazhiReportErrorCode } from './errors.js'
export { FazhiReportError, isFazhiReportError } from './errors.js'
export type * from './normalize/types.js'
export type * from './types.js'
