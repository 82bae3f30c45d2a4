/**
 * What a contract scenario gets from contract.test.ts: clients whose every answer is validated against the served
 * document and counted towards "every operation exercised", and the seeded harness.
 */
import type { ApiError, WmClient } from "../../src/index.js"

type Harness = Awaited<ReturnType<typeof import("../../../http/test/support/harness.js").makeHarness>>
type SignInData = Awaited<ReturnType<WmClient["post"]>>

export interface ContractSession {
  /** A validated client signed in as `username`, with its sign-in answer as `me`. */
  readonly signedIn: (username: string, password?: string) => Promise<WmClient & { me: SignInData }>
  /** The ApiError a call rejects with, checked for code and HTTP status. */
  readonly failure: (call: Promise<unknown>, code: number, status: number) => Promise<ApiError>
  /** A validated client without a session. */
  readonly anonymous: () => WmClient
  readonly harness: Harness
}
