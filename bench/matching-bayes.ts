/**
 * The Bayes ceiling of a generated world: a ranker that knows the world's model (its utility weights, each
 * product's appeal and launch, each customer's tolerance and funds) but not the customer's hidden tastes, which
 * it infers from the customer's purchases before D by Bayes' rule over every taste the world could have drawn.
 * It ranks by the predictive probability of the next purchase — the best any recommender can do from the same
 * history, so the gap between it and the oracle (which knows the tastes) is information no data holds.
 */
import { DAY_OF_D, type World } from "./matching-worlds.js"

const dayOf = (text: string) => Math.floor(Date.parse(text.slice(0, 10)) / 86_400_000)
const FLUCTUATION = ["高", "中", "低"] as const
const STARTS = [1, 5, 10, 50, 100, 300]
interface Hypothesis {
  readonly risk: number
  readonly term: number
  readonly rate: number
  readonly family: number
  readonly ticket: number
}

export const bayesRanker = (w: World) => {
  const { spec, products } = w
  const P = products.length
  const index = new Map(w.codes.map((c, i) => [c, i]))
  const at = new Map(products.map((p, k) => [p.productCode, k]))
  const histories: Array<Array<{ k: number; day: number }>> = w.codes.map(() => [])
  for (const t of w.trades)
    histories[index.get(t.companyCode)!]!.push({ k: at.get(t.productCode)!, day: dayOf(t.tradeTime) })
  const families = spec.family > 0 ? 8 : 1
  const exps = new Float64Array(P)
  const eligibleAt = (c: number, day: number, before: ReadonlyArray<{ k: number; day: number }>) =>
    products
      .map((_, k) => k)
      .filter((k) => w.open(c, k, day) && !before.some((b) => b.k === k && b.day + products[k]!.termDays > day))
  /** ln Z and, per family, the family's share of exp(utility) without the family term, for one hypothesis. */
  const sums = (
    taste: { risk: number; term: number; rate: number; family: number; ticket: number },
    day: number,
    eligible: ReadonlyArray<number>
  ) => {
    const byFamily = new Float64Array(families)
    let all = 0
    for (const k of eligible) {
      const e = Math.exp(w.utilityWith(taste, k, day))
      exps[k] = e
      all += e
      if (families > 1) byFamily[w.family[k]!]! += e
    }
    return { all, byFamily }
  }
  const boost = Math.exp(spec.family)
  return (c: number, candidates: ReadonlyArray<number>): Array<number> => {
    const t = w.tastes[c]!
    const history = histories[c]!
    const risks = new Map<number, number>()
    for (const [below, prior] of [
      [0, 1 - spec.tasteBelow],
      [1, spec.tasteBelow / 2],
      [2, spec.tasteBelow / 2]
    ] as const) {
      const r = Math.max(1, t.tolerance - below)
      risks.set(r, (risks.get(r) ?? 0) + prior)
    }
    const eligibleBefore = history.map((e, n) => eligibleAt(c, e.day, history.slice(0, n)))
    const hypotheses: Array<{
      taste: { risk: number; term: number; rate: number; family: number; ticket: number }
      family: number
      log: number
    }> = []
    for (const [risk, riskPrior] of risks) {
      for (let term = 0; term < 4; term++) {
        const cue = FLUCTUATION[Math.min(term, 2)]!
        const termPrior = spec.termCue * (t.fluctuation === cue ? 1 : 0) + (1 - spec.termCue) / 3
        // The ticket sizes the funds allow, alike (−1: the world has no ticket taste).
        const affordable = STARTS.filter((a) => a * 10_000 <= t.funds).length
        const tickets = spec.amount ? Array.from({ length: Math.max(1, affordable) }, (_, j) => j) : [-1]
        for (let j = 0; j < 6 * tickets.length; j++) {
          const ticket = tickets[Math.floor(j / 6)]!
          // family −1: the family term is added apart, per family hypothesis.
          const rate = 1.5 + t.tolerance * 0.5 + (1.5 * ((j % 6) + 0.5)) / 6
          const taste = { risk, term, rate, family: -1, ticket }
          const base = Math.log(riskPrior * termPrior)
          const logs = new Float64Array(families).fill(base)
          history.forEach((e, n) => {
            const { all, byFamily } = sums(taste, e.day, eligibleBefore[n]!)
            const chosen = Math.log(exps[e.k]!)
            for (let f = 0; f < families; f++) {
              const z = families > 1 ? all + (boost - 1) * byFamily[f]! : all
              logs[f]! += chosen + (families > 1 && w.family[e.k] === f ? spec.family : 0) - Math.log(z)
            }
          })
          for (let f = 0; f < families; f++) hypotheses.push({ taste, family: f, log: logs[f]! })
        }
      }
    }
    const max = Math.max(...hypotheses.map((h) => h.log))
    const score = new Float64Array(P)
    const eligible = eligibleAt(c, DAY_OF_D, history)
    for (const h of hypotheses) {
      const weight = Math.exp(h.log - max)
      if (weight < 1e-9) continue
      const { all, byFamily } = sums(h.taste, DAY_OF_D, eligible)
      const z = families > 1 ? all + (boost - 1) * byFamily[h.family]! : all
      for (const k of eligible) {
        const e = exps[k]! * (families > 1 && w.family[k] === h.family ? boost : 1)
        score[k]! += (weight * e) / z
      }
    }
    return [...candidates].sort((a, b) => score[b]! - score[a]! || a - b)
  }
}
