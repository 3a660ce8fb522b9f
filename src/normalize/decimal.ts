/**
 * Decimal-safe scaling (internal). Multiplying `0.1` by `10000` in floating point
 * gives `1000.0000000000001`; shifting the decimal point of the string `"0.1"`
 * gives exactly `"1000"`, which `Number()` then rounds once, correctly.
 *
 * @module
 * @internal
 */

/**
 * Multiplies a plain decimal string by 10^k by moving its decimal point.
 *
 * @param dec - A string matching `/^-?\d*(\.\d*)?$/` with at least one digit (`"20.56"`, `"-3"`, `".5"`).
 * @param k - The power of ten (may be negative).
 * @returns The shifted decimal string (may carry leading zeros, which `Number()` accepts).
 */
export function shiftDecimal(dec: string, k: number): string {
  if (k === 0) return dec
  let sign = ''
  let s = dec
  if (s.charCodeAt(0) === 45) {
    sign = '-'
    s = s.slice(1)
  }
  const dot = s.indexOf('.')
  const intPart = dot < 0 ? s : s.slice(0, dot)
  const fracPart = dot < 0 ? '' : s.slice(dot + 1)
  const digits = intPart + fracPart
  const point = intPart.length + k
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length)
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`
}

/**
 * Converts a decimal string to a number, normalizing `-0` to `0`.
 *
 * @param dec - A plain decimal string.
 * @returns The nearest double, or `NaN` for a malformed string.
 */
export function decimalToNumber(dec: string): number {
  const n = Number(dec)
  return n === 0 ? 0 : n
}

/**
 * Writes a non-negative integer as a plain decimal string (no exponent).
 *
 * @param n - A non-negative integer-valued number.
 * @returns Its digits.
 */
export function integerToDecimal(n: number): string {
  return n < 1e21 ? String(n) : BigInt(n).toString()
}
