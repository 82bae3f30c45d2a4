/**
 * The app's one way to the server: the typed client from `@wm/client`, given by the entry (real server) or by a
 * test (msw), and a small hook that loads data for a screen with its loading and error states.
 */
import { isApiError, type WmClient } from "@wm/client"
import { createContext, useCallback, useContext, useEffect, useState } from "react"

const ClientContext = createContext<WmClient | undefined>(undefined)
export const ClientProvider = ClientContext.Provider

export const useClient = (): WmClient => {
  const client = useContext(ClientContext)
  if (client === undefined) throw new Error("useClient outside <ClientProvider>")
  return client
}

/** A message for the user: the server's own message for API errors, a generic one otherwise. */
export const messageOf = (error: unknown): string =>
  isApiError(error) ? error.msg || `请求失败 (${error.code})` : "网络错误，请稍后重试"

export type Load<A> =
  | { readonly state: "loading" }
  | { readonly state: "failed"; readonly message: string }
  | { readonly state: "done"; readonly data: A }

/** Runs `load` when `deps` change; `reload` runs it again. A stale answer never overwrites a newer one. */
export const useLoad = <A,>(load: (client: WmClient) => Promise<A>, deps: ReadonlyArray<unknown>) => {
  const client = useClient()
  const [result, setResult] = useState<Load<A>>({ state: "loading" })
  const [round, setRound] = useState(0)
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps decide when to load again
  useEffect(() => {
    let current = true
    setResult({ state: "loading" })
    load(client).then(
      (data) => current && setResult({ state: "done", data }),
      (error: unknown) => current && setResult({ state: "failed", message: messageOf(error) })
    )
    return () => {
      current = false
    }
  }, [client, round, ...deps])
  const reload = useCallback(() => setRound((r) => r + 1), [])
  return [result, reload] as const
}
