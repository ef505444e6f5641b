/**
 * Whole-đồng arithmetic for splitting one order into producer orders. VND has
 * no minor unit, so every share is an integer and the shares of a total add up
 * to it exactly.
 */

/** A Medusa amount (number, numeric string, BigNumber-like) as a number. */
export function amount(value: unknown): number {
  if (value === null || value === undefined) return 0
  if (typeof value === "number") return value
  if (typeof value === "string") return Number(value)
  const v = value as { numeric?: number; value?: string | number; toNumber?: () => number }
  if (typeof v.numeric === "number") return v.numeric
  if (typeof v.toNumber === "function") return v.toNumber()
  if (v.value !== undefined) return Number(v.value)
  return Number(value)
}

/** Rounds to whole đồng, halves away from zero. */
export function dong(value: unknown): number {
  const n = amount(value)
  return Math.sign(n) * Math.round(Math.abs(n))
}

/** Weights are compared with 4 decimal places (a ten-thousandth of a đồng). */
const SCALE = 10_000

/**
 * Splits `total` (whole đồng) into integer shares proportional to `weights` by the
 * largest-remainder method, in exact integer arithmetic: every share is the floor of
 * its exact part, and the đồng left over go one by one to the largest remainders,
 * ties to the earlier index. The shares add up to `total` exactly; weights that are
 * whole numbers adding up to `total` come back unchanged. With all weights 0 the
 * total is split evenly the same way.
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new Error(`allocate: total must be a whole non-negative number of đồng, got ${total}`)
  if (!weights.length) {
    if (total !== 0) throw new Error("allocate: nothing to allocate to")
    return []
  }
  if (weights.some((w) => !Number.isFinite(w) || w < 0)) throw new Error("allocate: weights must be finite and non-negative")
  let scaled = weights.map((w) => BigInt(Math.round(w * SCALE)))
  let sum = scaled.reduce((a, b) => a + b, 0n)
  if (sum === 0n) {
    scaled = weights.map(() => 1n)
    sum = BigInt(weights.length)
  }
  const t = BigInt(total)
  const shares = scaled.map((w) => (t * w) / sum)
  const remainders = scaled.map((w, i) => ({ i, rem: (t * w) % sum }))
  let left = t - shares.reduce((a, b) => a + b, 0n)
  remainders.sort((a, b) => (a.rem === b.rem ? a.i - b.i : a.rem > b.rem ? -1 : 1))
  for (let k = 0; left > 0n; k++, left--) shares[remainders[k % remainders.length].i] += 1n
  return shares.map(Number)
}
