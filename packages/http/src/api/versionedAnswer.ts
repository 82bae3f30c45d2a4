/**
 * Answers whose bulk depends only on the active data version and one key (a customer's portrait): that part
 * is encoded with the route's schema and serialised once per version and key, then sent as bytes; only a
 * small head (fields that can change without an update: names, hand-corrected contacts) is serialised per
 * request.
 *
 * Keyed by the store's service object (separate stores never share an entry), the whole pointer (version,
 * activation time, snapshots, analysis date: every update changes it) and the key; at most MAX_ENTRIES
 * entries, the oldest dropped first. When the app checks its answers (the default, as in tests), every
 * request also builds and encodes the whole answer and dies if the cached bytes differ: a cached answer can
 * never be one the route would not give now.
 */
import { Buffer } from "node:buffer"
import { type DatasetPointer, DatasetRepo } from "@wm/core"
import { Effect, Schema } from "effect"
import { type EncodedAnswer, encodedOk } from "./envelope.js"

const MAX_ENTRIES = 4096

/** Per key: the serialised answer after the head, and the last whole envelope with the head it was built with. */
interface Entry {
  readonly tail: Buffer
  last: { readonly head: string; readonly answer: EncodedAnswer } | undefined
}

const caches = new WeakMap<object, { readonly version: string; readonly tails: Map<string, Entry> }>()

const versionText = (p: DatasetPointer) =>
  `${p.version}/${p.appliedAt}/${p.analysisDate}/${JSON.stringify(Object.entries(p.snapshots).sort())}`

/** Per pointer object: the embedded store answers the same object until the next update, so this is built once. */
const versions = new WeakMap<DatasetPointer, string>()
const versionOf = (p: DatasetPointer) => {
  let version = versions.get(p)
  if (version === undefined) {
    version = versionText(p)
    versions.set(p, version)
  }
  return version
}

/**
 * The answer `{ ...head, ...body }` as an EncodedAnswer. `head`'s fields must be the schema's first fields;
 * `body` must depend only on the pointer and the key. Answers the plain value when the encoded answer does not
 * begin with the head (nothing is cached then).
 */
export const versionedAnswer = <A extends object, K extends keyof A, E, R>(options: {
  // biome-ignore lint/suspicious/noExplicitAny: the encoded side is plain JSON
  readonly schema: Schema.Schema<A, any>
  readonly pointer: DatasetPointer
  readonly key: string
  readonly head: Pick<A, K>
  readonly body: Effect.Effect<NoInfer<Omit<A, K>>, E, R>
  /** Build, encode and compare on every request (tests); otherwise send the cached bytes. */
  readonly check: boolean
}): Effect.Effect<EncodedAnswer<A> | A, E, R | DatasetRepo> =>
  Effect.gen(function* () {
    const { schema, pointer, key, head, check } = options
    const store = yield* DatasetRepo
    const version = versionOf(pointer)
    let cache = caches.get(store)
    if (cache === undefined || cache.version !== version) {
      cache = { version, tails: new Map() }
      caches.set(store, cache)
    }
    const headJson = JSON.stringify(head)
    const cached = cache.tails.get(key)
    if (cached !== undefined && !check) {
      if (cached.last?.head !== headJson) {
        cached.last = { head: headJson, answer: encodedOk([Buffer.from(headJson.slice(0, -1)), cached.tail]) }
      }
      return cached.last.answer as EncodedAnswer<A>
    }
    const answer = { ...head, ...(yield* options.body) } as A
    const json = JSON.stringify(yield* Schema.encode(schema)(answer).pipe(Effect.orDie))
    if (!json.startsWith(headJson.slice(0, -1))) return answer
    const tail = Buffer.from(json.slice(headJson.length - 1))
    if (cached !== undefined && !cached.tail.equals(tail)) {
      return yield* Effect.dieMessage(`the cached answer for ${key} differs from the answer built now`)
    }
    if (cache.tails.size >= MAX_ENTRIES) cache.tails.delete(cache.tails.keys().next().value!)
    cache.tails.set(key, { tail, last: undefined })
    return encodedOk<A>([Buffer.from(json)])
  })
