/**
 * Where a request comes from: the client's address and whether it came over HTTPS. Forwarding headers
 * (X-Forwarded-For, X-Forwarded-Proto) are believed only from the configured trusted proxies (TRUSTED_PROXIES);
 * from anyone else they are ignored, so a client cannot pick its own address to dodge sign-in throttling.
 */
import { BlockList, isIP } from "node:net"
import type { Context } from "hono"

export interface ClientOrigin {
  /** The client's IP address, or "unknown" when the request did not come through a socket (tests, scripts). */
  readonly address: string
  readonly https: boolean
}

/** The proxies whose forwarding headers are believed. */
export interface TrustedProxies {
  readonly has: (address: string) => boolean
}

/** IPv4-mapped IPv6 addresses ("::ffff:10.0.0.1") as the IPv4 address they are. */
const plain = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "")

/** The problem with one TRUSTED_PROXIES entry (an IP address or a CIDR range), or undefined. */
export const proxyEntryProblem = (entry: string): string | undefined => {
  const [ip, bits, extra] = entry.split("/")
  const family = isIP(ip ?? "")
  if (family === 0 || extra !== undefined) return `"${entry}" is not an IP address or CIDR range`
  if (bits === undefined) return undefined
  const n = Number(bits)
  return /^\d+$/.test(bits) && n <= (family === 4 ? 32 : 128) ? undefined : `"${entry}" has an invalid prefix length`
}

/** The trusted proxies of valid entries (check each with proxyEntryProblem first). */
export const trustedProxies = (entries: ReadonlyArray<string>): TrustedProxies => {
  if (entries.length === 0) return { has: () => false }
  const list = new BlockList()
  for (const entry of entries) {
    const [ip, bits] = entry.split("/") as [string, string | undefined]
    const type = isIP(ip) === 6 ? "ipv6" : "ipv4"
    if (bits === undefined) list.addAddress(ip, type)
    else list.addSubnet(ip, Number(bits), type)
  }
  return {
    has: (address) => {
      const a = plain(address)
      const family = isIP(a)
      return family !== 0 && list.check(a, family === 6 ? "ipv6" : "ipv4")
    }
  }
}

/** The address of the socket the request came in on (Node server), if any. */
const peerOf = (c: Context): string | undefined =>
  (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress

export const clientOrigin = (c: Context, trusted: TrustedProxies): ClientOrigin => {
  const peer = peerOf(c)
  const direct = new URL(c.req.url).protocol === "https:"
  if (peer === undefined) return { address: "unknown", https: direct }
  if (!trusted.has(peer)) return { address: plain(peer), https: direct }
  // Walk the chain from the nearest hop back: the first address that is not a trusted proxy is the client.
  const hops = (c.req.header("x-forwarded-for") ?? "")
    .split(",")
    .map((h) => plain(h.trim()))
    .filter((h) => isIP(h) !== 0)
  let address = plain(peer)
  for (let i = hops.length - 1; i >= 0; i--) {
    address = hops[i]!
    if (!trusted.has(address)) break
  }
  const proto = c.req.header("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase()
  return { address, https: direct || proto === "https" }
}
