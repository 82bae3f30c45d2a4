/** The part of autocannon (a load generator without type declarations of its own) that bench/http.bench.ts uses. */
declare module "autocannon" {
  interface Options {
    readonly url: string
    readonly headers?: Record<string, string>
    readonly connections?: number
    readonly duration?: number
  }
  interface Result {
    readonly requests: { readonly average: number; readonly total: number }
    readonly latency: { readonly p50: number; readonly p99: number }
    readonly non2xx: number
  }
  export default function autocannon(options: Options): Promise<Result>
}
