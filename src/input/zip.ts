/**
 * Minimal, limit-enforcing ZIP reader for DOCX.
 *
 * The central directory is read first and every limit that can be checked
 * without inflating (entry count, declared sizes, compression ratio) is
 * checked before any byte is inflated. Entries are then inflated with fflate's
 * streaming `Inflate` in small chunks, so an entry that inflates to more than
 * it declared (a zip bomb lying about its size) is stopped after at most one
 * chunk's worth of output, instead of being inflated in full.
 *
 * (fflate's `unzipSync` + `filter` checks the declared sizes too, but then
 * inflates into a buffer of the declared size and keeps decoding past its end,
 * so a lying entry still costs the full inflation time.)
 *
 * @module
 */

import { Inflate } from 'fflate'
import { FazhiReportError } from '../errors.js'
import { type LoadLimits, RATIO_CHECK_FLOOR } from './options.js'

/**
 * One central-directory entry.
 *
 * @internal
 */
export interface ZipEntry {
  name: string
  /** 0 = stored, 8 = deflate. */
  method: number
  flags: number
  compressedSize: number
  size: number
  localHeaderOffset: number
}

const EOCD = 0x06054b50
const EOCD64_LOCATOR = 0x07064b50
const EOCD64 = 0x06064b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const INFLATE_CHUNK = 16 * 1024

const nameDecoder = new TextDecoder('utf-8')

function u16(b: Uint8Array, o: number): number {
  return (b[o] as number) | ((b[o + 1] as number) << 8)
}

function u32(b: Uint8Array, o: number): number {
  return (
    ((b[o] as number) | ((b[o + 1] as number) << 8) | ((b[o + 2] as number) << 16)) +
    (b[o + 3] as number) * 0x1000000
  )
}

function u64(b: Uint8Array, o: number): number {
  return u32(b, o) + u32(b, o + 4) * 0x100000000
}

function malformed(message: string, details: Record<string, unknown> = {}): FazhiReportError {
  return new FazhiReportError(
    'MALFORMED_DOCX',
    `${message} The file is not a readable .docx (truncated or corrupt?).`,
    details,
  )
}

function zipLimit(message: string, details: Record<string, unknown>): FazhiReportError {
  return new FazhiReportError('ZIP_LIMIT', message, details)
}

/**
 * Read the central directory.
 *
 * @param data - The ZIP bytes.
 * @param maxEntries - The entry-count limit.
 * @returns The entries, in directory order.
 * @throws {FazhiReportError} `MALFORMED_DOCX` for a truncated/corrupt archive; `ZIP_LIMIT` for too many entries.
 * @internal
 */
export function readZipDirectory(data: Uint8Array, maxEntries: number): ZipEntry[] {
  const n = data.length
  if (n < 22) throw malformed('The ZIP archive is too short.', { length: n })
  let eocd = -1
  const stop = Math.max(0, n - 22 - 0xffff)
  for (let e = n - 22; e >= stop; e--) {
    if (u32(data, e) === EOCD) {
      eocd = e
      break
    }
  }
  if (eocd === -1) throw malformed('No ZIP end-of-central-directory record.')
  let count = u16(data, eocd + 10)
  let offset = u32(data, eocd + 16)
  let size = u32(data, eocd + 12)
  if (eocd >= 20 && u32(data, eocd - 20) === EOCD64_LOCATOR) {
    const z = u64(data, eocd - 12)
    if (z + 56 <= n && u32(data, z) === EOCD64) {
      count = u64(data, z + 32)
      size = u64(data, z + 40)
      offset = u64(data, z + 48)
    }
  }
  if (count > maxEntries) {
    throw zipLimit(`The archive holds ${count} entries, over the limit of ${maxEntries}.`, {
      limit: maxEntries,
      actual: count,
    })
  }
  if (offset + size > n) throw malformed('The ZIP central directory lies outside the file.', { offset, size })
  const entries: ZipEntry[] = []
  let o = offset
  for (let i = 0; i < count; i++) {
    if (o + 46 > n || u32(data, o) !== CENTRAL)
      throw malformed('Bad ZIP central directory entry.', { index: i })
    const flags = u16(data, o + 8)
    const method = u16(data, o + 10)
    let compressedSize = u32(data, o + 20)
    let uncompressed = u32(data, o + 24)
    const nameLength = u16(data, o + 28)
    const extraLength = u16(data, o + 30)
    const commentLength = u16(data, o + 32)
    let localHeaderOffset = u32(data, o + 42)
    const nameStart = o + 46
    const extraStart = nameStart + nameLength
    const next = extraStart + extraLength + commentLength
    if (next > n) throw malformed('Truncated ZIP central directory.', { index: i })
    if (compressedSize === 0xffffffff || uncompressed === 0xffffffff || localHeaderOffset === 0xffffffff) {
      // ZIP64 extended information extra field (id 1): only the saturated fields are present, in order.
      for (let x = extraStart; x + 4 <= extraStart + extraLength; ) {
        const id = u16(data, x)
        const len = u16(data, x + 2)
        if (id === 1) {
          let p = x + 4
          if (uncompressed === 0xffffffff && p + 8 <= x + 4 + len) {
            uncompressed = u64(data, p)
            p += 8
          }
          if (compressedSize === 0xffffffff && p + 8 <= x + 4 + len) {
            compressedSize = u64(data, p)
            p += 8
          }
          if (localHeaderOffset === 0xffffffff && p + 8 <= x + 4 + len) localHeaderOffset = u64(data, p)
          break
        }
        x += 4 + len
      }
    }
    entries.push({
      name: nameDecoder.decode(data.subarray(nameStart, extraStart)),
      method,
      flags,
      compressedSize,
      size: uncompressed,
      localHeaderOffset,
    })
    o = next
  }
  return entries
}

/**
 * Check the limits of the entries that will be read, before inflating any.
 *
 * @param entries - The entries to read.
 * @param limits - The limits.
 * @throws {FazhiReportError} `ZIP_LIMIT` on a declared size or ratio over its limit.
 * @internal
 */
export function checkZipEntries(entries: readonly ZipEntry[], limits: LoadLimits): void {
  let total = 0
  for (const entry of entries) {
    if (entry.size > limits.maxZipEntryBytes) {
      throw zipLimit(
        `The entry ${entry.name} declares ${entry.size} bytes uncompressed, over the limit of ${limits.maxZipEntryBytes}.`,
        { entry: entry.name, limit: limits.maxZipEntryBytes, actual: entry.size },
      )
    }
    if (entry.method !== 0 && entry.size > RATIO_CHECK_FLOOR) {
      const ratio = entry.size / Math.max(1, entry.compressedSize)
      if (ratio > limits.maxZipRatio) {
        throw zipLimit(
          `The entry ${entry.name} has a compression ratio of ${ratio.toFixed(0)}, over the limit of ${limits.maxZipRatio}.`,
          { entry: entry.name, limit: limits.maxZipRatio, actual: ratio },
        )
      }
    }
    total += entry.size
    if (total > limits.maxZipTotalBytes) {
      throw zipLimit(
        `The entries to read declare ${total} bytes in total, over the limit of ${limits.maxZipTotalBytes}.`,
        {
          limit: limits.maxZipTotalBytes,
          actual: total,
        },
      )
    }
  }
}

/**
 * Inflate one entry, never producing more than its declared size.
 *
 * @param data - The ZIP bytes.
 * @param entry - The entry (its limits already checked).
 * @returns The entry's bytes.
 * @throws {FazhiReportError} `ZIP_LIMIT` when the entry inflates past its declared size;
 * `MALFORMED_DOCX` for a corrupt or truncated entry, encryption, an unknown method.
 * @internal
 */
export function inflateZipEntry(data: Uint8Array, entry: ZipEntry): Uint8Array {
  if ((entry.flags & 1) !== 0) {
    throw new FazhiReportError(
      'UNSUPPORTED_FORMAT',
      'The document is encrypted (password-protected); remove the password and save it again as .docx.',
      { entry: entry.name },
    )
  }
  const o = entry.localHeaderOffset
  if (o + 30 > data.length || u32(data, o) !== LOCAL)
    throw malformed('Bad ZIP local header.', { entry: entry.name })
  const start = o + 30 + u16(data, o + 26) + u16(data, o + 28)
  const end = start + entry.compressedSize
  if (end > data.length) throw malformed('A ZIP entry runs past the end of the file.', { entry: entry.name })
  const compressed = data.subarray(start, end)
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size)
      throw malformed('A stored ZIP entry has inconsistent sizes.', { entry: entry.name })
    return compressed
  }
  if (entry.method !== 8) {
    throw malformed(`Unsupported ZIP compression method ${entry.method}.`, {
      entry: entry.name,
      method: entry.method,
    })
  }
  const out = new Uint8Array(entry.size)
  let written = 0
  let done = false
  const inflater = new Inflate((chunk, final) => {
    if (written + chunk.length > entry.size) {
      throw zipLimit(
        `The entry ${entry.name} inflates past its declared size of ${entry.size} bytes (a zip bomb?).`,
        { entry: entry.name, limit: entry.size, actual: written + chunk.length },
      )
    }
    out.set(chunk, written)
    written += chunk.length
    if (final) done = true
  })
  try {
    for (let i = 0; i < compressed.length && !done; i += INFLATE_CHUNK) {
      const stop = Math.min(compressed.length, i + INFLATE_CHUNK)
      inflater.push(compressed.subarray(i, stop), stop === compressed.length)
    }
  } catch (error) {
    if (error instanceof FazhiReportError) throw error
    throw malformed(`The ZIP entry ${entry.name} does not inflate.`, {
      entry: entry.name,
      cause: String(error),
    })
  }
  if (!done || written !== entry.size) {
    throw malformed(`The ZIP entry ${entry.name} is truncated.`, {
      entry: entry.name,
      expected: entry.size,
      actual: written,
    })
  }
  return out
}
