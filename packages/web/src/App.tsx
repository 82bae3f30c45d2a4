/** The app's frame: sign-in gate, navigation by role, and the screens by location hash (#/search, #/company/CODE …). */
import { useEffect, useState } from "react"
import { useClient } from "./api.js"
import { Exports } from "./screens/Exports.js"
import { Filters } from "./screens/Filters.js"
import { Focus } from "./screens/Focus.js"
import { Portrait } from "./screens/Portrait.js"
import { Search } from "./screens/Search.js"
import { InitialPassword, SignIn } from "./screens/SignIn.js"
import { Statistics } from "./screens/Statistics.js"
import { Upload } from "./screens/Upload.js"
import { Warnings } from "./screens/Warnings.js"
import { isBankAdmin, isManager, type Me, roleNames } from "./session.js"

const useHash = () => {
  const [hash, setHash] = useState(() => window.location.hash.slice(1) || "/search")
  useEffect(() => {
    const changed = () => setHash(window.location.hash.slice(1) || "/search")
    window.addEventListener("hashchange", changed)
    return () => window.removeEventListener("hashchange", changed)
  }, [])
  return [hash, (next: string) => (window.location.hash = next)] as const
}

export const App = () => {
  const client = useClient()
  const [me, setMe] = useState<Me>()
  const [initialized, setInitialized] = useState(true)
  const [hash, go] = useHash()

  if (me === undefined)
    return (
      <SignIn
        onSignedIn={(signedIn) => {
          setMe(signedIn)
          setInitialized(signedIn.initialized === 1)
        }}
      />
    )
  if (!initialized) return <InitialPassword me={me} onDone={() => setInitialized(true)} />

  const open = (code: string) => go(`/company/${encodeURIComponent(code)}`)
  const signOut = async () => {
    await client.get("/api/logout").catch(() => undefined)
    client.setToken(undefined)
    setMe(undefined)
  }
  const links: ReadonlyArray<readonly [string, string]> = [
    ["/search", "客户搜索"],
    ["/filters", "搜索筛选"],
    ["/warnings", "到期预警"],
    ["/focus", "重点关注"],
    ...(isManager(me)
      ? ([
          ["/statistics", "数据管理"],
          ["/exports", "下载数据"]
        ] as const)
      : []),
    ...(isBankAdmin(me) ? ([["/upload", "数据上传"]] as const) : [])
  ]
  const [, screen, arg] = hash.split("/")

  return (
    <>
      <header className="top">
        <strong>企业理财精准营销</strong>
        <nav aria-label="主导航">
          {links.map(([path, label]) => (
            <a key={path} href={`#${path}`} aria-current={hash === path ? "page" : undefined}>
              {label}
            </a>
          ))}
        </nav>
        <span className="who">
          {me.name} · {roleNames[me.role]} · {me.organ}
        </span>
        <button type="button" onClick={signOut}>
          退出
        </button>
      </header>
      <main className="content">
        {screen === "company" && arg ? (
          <Portrait code={decodeURIComponent(arg)} />
        ) : screen === "filters" ? (
          <Filters open={open} />
        ) : screen === "warnings" ? (
          <Warnings open={open} />
        ) : screen === "focus" ? (
          <Focus open={open} />
        ) : screen === "exports" && isManager(me) ? (
          <Exports />
        ) : screen === "statistics" && isManager(me) ? (
          <Statistics />
        ) : screen === "upload" && isBankAdmin(me) ? (
          <Upload />
        ) : (
          <Search open={open} />
        )}
      </main>
    </>
  )
}
