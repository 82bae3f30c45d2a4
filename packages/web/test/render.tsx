/** Renders the app or one screen against msw handlers generated from the API document (unhandled requests fail). */
import { render } from "@testing-library/react"
import { createClient } from "@wm/client"
import type { MockOverrides } from "@wm/client/msw"
import { handlers } from "@wm/client/msw"
import { setupServer } from "msw/node"
import type { ReactNode } from "react"
import { afterAll, afterEach, beforeAll } from "vitest"
import { ClientProvider } from "../src/api.js"

export const baseUrl = "https://wm.example.com"

export const mockServer = (overrides: MockOverrides = {}) => {
  const server = setupServer(...handlers({ baseUrl, overrides }))
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }))
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
  return server
}

export const renderWithClient = (ui: ReactNode) => {
  const client = createClient({ baseUrl })
  return { client, ...render(<ClientProvider value={client}>{ui}</ClientProvider>) }
}
