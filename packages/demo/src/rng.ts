/**
 * Seeded pseudo-random numbers (xoshiro128**) so the demo bank is reproducible byte for byte; Math.random is
 * never used. Independent streams are derived from (seed, label, index), so a change in how one part of the
 * bank draws numbers does not reshuffle every other part.
 */

const rotl = (x: number, k: number): number => (x << k) | (x >>> (32 - k))

// splitmix32 spreads a weak 32-bit seed over the whole 128-bit state: xoshiro needs well-mixed, non-zero state.
const splitmix32 = (seed: number): (() => number) => {
  let a = seed | 0
  return () => {
    a = (a + 0x9e3779b9) | 0
    let t = a ^ (a >>> 16)
    t = Math.imul(t, 0x21f0aaad)
    t ^= t >>> 15
    t = Math.imul(t, 0x735a2d97)
    return (t ^ (t >>> 15)) >>> 0
  }
}

/** FNV-1a over the seed's two 32-bit halves, the label and the index: a stable stream id. */
export const hashSeed = (seed: number, label: string, index = 0): number => {
  let h = 0x811c9dc5
  const mix = (v: number) => {
    h = Math.imul(h ^ (v & 0xff), 0x01000193)
    h = Math.imul(h ^ ((v >>> 8) & 0xff), 0x01000193)
    h = Math.imul(h ^ ((v >>> 16) & 0xff), 0x01000193)
    h = Math.imul(h ^ ((v >>> 24) & 0xff), 0x01000193)
  }
  mix(seed >>> 0)
  mix(Math.floor(seed / 4294967296) >>> 0)
  for (let i = 0; i < label.length; i++) mix(label.charCodeAt(i))
  mix(index >>> 0)
  return h >>> 0
}

export class Rng {
  private s0: number
  private s1: number
  private s2: number
  private s3: number

  constructor(seed: number) {
    const sm = splitmix32(seed)
    this.s0 = sm()
    this.s1 = sm()
    this.s2 = sm()
    this.s3 = sm()
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1
  }

  static derive(seed: number, label: string, index = 0): Rng {
    return new Rng(hashSeed(seed, label, index))
  }

  nextU32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0
    const t = this.s1 << 9
    this.s2 ^= this.s0
    this.s3 ^= this.s1
    this.s1 ^= this.s2
    this.s0 ^= this.s3
    this.s2 ^= t
    this.s3 = rotl(this.s3, 11)
    return result
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextU32() / 4294967296
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  range(min: number, max: number): number {
    return min + this.next() * (max - min)
  }

  chance(p: number): boolean {
    return this.next() < p
  }

  pick<T>(items: ReadonlyArray<T>): T {
    if (items.length === 0) throw new Error("pick from an empty list")
    return items[Math.floor(this.next() * items.length)] as T
  }

  /** Picks an item with probability proportional to its weight (weights need not sum to 1). */
  weighted<T>(items: ReadonlyArray<T>, weights: ReadonlyArray<number>): T {
    let total = 0
    for (const w of weights) total += w
    let u = this.next() * total
    for (let i = 0; i < items.length; i++) {
      u -= weights[i] ?? 0
      if (u < 0) return items[i] as T
    }
    return this.pick(items)
  }

  /** Standard normal via Box–Muller (one value per call keeps the stream position simple to reason about). */
  normal(): number {
    const u = 1 - this.next()
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next())
  }

  logNormal(mu: number, sigma: number): number {
    return Math.exp(mu + sigma * this.normal())
  }

  exponential(mean: number): number {
    return -Math.log(1 - this.next()) * mean
  }
}
