/** Entry: the typed client on the same origin (session cookie or bearer token after sign-in), then the app. */
import { createClient } from "@wm/client"
import { StrictMode } from "react"
import { createRoot } from "react-dom/client"
import { App } from "./App.js"
import { ClientProvider } from "./api.js"
import "./styles.css"

const client = createClient({ baseUrl: window.location.origin })

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <ClientProvider value={client}>
      <App />
    </ClientProvider>
  </StrictMode>
)
