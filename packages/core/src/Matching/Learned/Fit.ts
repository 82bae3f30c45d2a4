/**
 * A conditional logit (multinomial choice among the products a customer could buy at that moment): utility =
 * w · features + intercept of the product, fitted by L-BFGS on the mean negative log-likelihood with L2 penalties.
 * Convex, so the fit is deterministic and needs no tuning per bank.
 */
import { PIECE, runSteps, type Steps } from "../../Records/Steps.js"
import { expShifted, utilitiesOf } from "./Choice.js"
import { curvatureSteps } from "./Curvature.js"

/** Purchases as choice sets: choice j of purchase e lies in [from[e], from[e + 1]); `chosen[e]` is a choice index. */
export interface ChoiceData {
  readonly events: number
  readonly from: Int32Array
  readonly chosen: Int32Array
  readonly product: Int32Array
  /** choices × features, row-major; single precision halves the memory each optimiser pass reads. */
  readonly x: Float32Array
  readonly features: number
  readonly products: number
}

export interface FitOptions {
  readonly l2: number
  readonly l2Product: number
  readonly iterations: number
  /** Events [first, last) are fitted. */
  readonly first: number
  readonly last: number
  /** The prior's centre (zero without): a small bank's fit stays near it. */
  readonly centre?: Float64Array
}

/** Adds events [first, last)'s negative log-likelihood to `loss` and their gradient to g; returns the loss. */
const accumulate = (
  d: ChoiceData,
  theta: Float64Array,
  g: Float64Array,
  u: Float64Array,
  first: number,
  last: number,
  start: number
): number => {
  const F = d.features
  const F4 = F - (F % 4)
  const { x, product, from, chosen } = d
  let loss = start
  for (let e = first; e < last; e++) {
    const a = from[e]!
    const n = from[e + 1]! - a
    const buf = n <= u.length ? u : new Float64Array(n)
    const z = expShifted(buf, n, utilitiesOf(d, theta, a, n, buf))
    const c = chosen[e]! - a
    loss -= Math.log(buf[c]! / z)
    for (let j = 0; j < n; j++) {
      const q = buf[j]! / z - (j === c ? 1 : 0)
      if (q === 0) continue
      const row = (a + j) * F
      let f = 0
      for (; f < F4; f += 4) {
        g[f]! += q * x[row + f]!
        g[f + 1]! += q * x[row + f + 1]!
        g[f + 2]! += q * x[row + f + 2]!
        g[f + 3]! += q * x[row + f + 3]!
      }
      for (; f < F; f++) g[f]! += q * x[row + f]!
      g[F + product[a + j]!]! += q
    }
  }
  return loss
}

/** Loss and gradient at theta = [w (features), b (products)], pausing every PIECE events. */
function* lossAndGradient(d: ChoiceData, theta: Float64Array, g: Float64Array, o: FitOptions): Steps<number> {
  const F = d.features
  g.fill(0)
  const u = new Float64Array(256)
  let loss = 0
  for (let e = o.first; e < o.last; e += PIECE) {
    loss = accumulate(d, theta, g, u, e, Math.min(o.last, e + PIECE), loss)
    yield
  }
  const count = Math.max(1, o.last - o.first)
  loss /= count
  for (let i = 0; i < theta.length; i++) {
    const l2 = i < F ? o.l2 : o.l2Product
    const off = theta[i]! - (o.centre?.[i] ?? 0)
    g[i] = g[i]! / count + l2 * off
    loss += 0.5 * l2 * off * off
  }
  return loss
}

const dot = (a: Float64Array, b: Float64Array) => {
  let s = 0
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!
  return s
}

/**
 * Minimises the loss from `start` with L-BFGS (memory 6), preconditioned by the curvature at the start
 * (Curvature.ts), and a backtracking line search.
 */
export const fitChoices = (d: ChoiceData, o: FitOptions, start?: Float64Array): Float64Array =>
  runSteps(fitChoicesSteps(d, o, start))

/** `fitChoices`, pausing between pieces of each pass over the events. */
export function* fitChoicesSteps(d: ChoiceData, o: FitOptions, start?: Float64Array): Steps<Float64Array> {
  const size = d.features + d.products
  const theta = start === undefined ? new Float64Array(size) : Float64Array.from(start)
  const g = new Float64Array(size)
  let loss = yield* lossAndGradient(d, theta, g, o)
  const curvature = yield* curvatureSteps(d, theta, o)
  const memory: Array<{ s: Float64Array; y: Float64Array; rho: number }> = []
  const next = new Float64Array(size)
  const g2 = new Float64Array(size)
  for (let it = 0; it < o.iterations; it++) {
    // Two-loop recursion: direction = −H·g.
    const q = Float64Array.from(g)
    const alpha: Array<number> = []
    for (let m = memory.length - 1; m >= 0; m--) {
      const { s, y, rho } = memory[m]!
      const a = rho * dot(s, q)
      alpha[m] = a
      for (let i = 0; i < size; i++) q[i]! -= a * y[i]!
    }
    const last = memory[memory.length - 1]
    // H0 = diag(1 ÷ curvature at the start), scaled by the latest pair's s·y ÷ y·H0·y.
    let yhy = 0
    if (last !== undefined) for (let i = 0; i < size; i++) yhy += (last.y[i]! * last.y[i]!) / curvature[i]!
    const scale = last === undefined || !(yhy > 0) ? 1 : dot(last.s, last.y) / yhy
    for (let i = 0; i < size; i++) q[i] = (q[i]! / curvature[i]!) * scale
    for (let m = 0; m < memory.length; m++) {
      const { s, y, rho } = memory[m]!
      const b = rho * dot(y, q)
      for (let i = 0; i < size; i++) q[i]! += s[i]! * (alpha[m]! - b)
    }
    const slope = -dot(g, q)
    if (!(slope < 0)) break
    let step = 1
    let nextLoss = Number.POSITIVE_INFINITY
    for (let tries = 0; tries < 20; tries++) {
      for (let i = 0; i < size; i++) next[i] = theta[i]! - step * q[i]!
      nextLoss = yield* lossAndGradient(d, next, g2, o)
      if (nextLoss <= loss + 1e-4 * step * slope) break
      step *= 0.5
    }
    if (!(nextLoss < loss)) break
    const s = new Float64Array(size)
    const y = new Float64Array(size)
    for (let i = 0; i < size; i++) {
      s[i] = next[i]! - theta[i]!
      y[i] = g2[i]! - g[i]!
    }
    const sy = dot(s, y)
    if (sy > 1e-12) {
      memory.push({ s, y, rho: 1 / sy })
      if (memory.length > 6) memory.shift()
    }
    theta.set(next)
    g.set(g2)
    const improvement = loss - nextLoss
    loss = nextLoss
    if (improvement < 1e-7) break
  }
  return theta
}
