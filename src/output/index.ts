/**
 * Serializers: JSON, CSV (long and wide) and XML, plus the batch record shapes.
 * Isomorphic (no `node:*`). The layouts are documented in `docs/output-schema.md`.
 *
 * @module
 */

export type { CsvLayout, ToCSVOptions } from './csv.js'
export { CSV_LONG_COLUMNS, CSV_WIDE_COLUMNS, csvHeader, csvRows, toCSV } from './csv.js'
export type { ToJSONOptions } from './json.js'
export { toJSON } from './json.js'
export type { BatchError, BatchRecord, ReportRecord } from './schema.js'
export { isBatchError, isReportRecord, OUTPUT_SCHEMA_VERSION } from './schema.js'
export { toXML, xmlFooter, xmlHeader, xmlRecord } from './xml.js'
