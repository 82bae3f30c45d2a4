/** 登录: username and password; then, for a new account, the forced change of the initial password. */
import { type FormEvent, useState } from "react"
import { messageOf, useClient } from "../api.js"
import type { Me } from "../session.js"

export const SignIn = ({ onSignedIn }: { onSignedIn: (me: Me) => void }) => {
  const client = useClient()
  const [username, setUsername] = useState("")
  const [password, setPassword] = useState("")
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(undefined)
    try {
      const me = await client.post("/api/sign_in", { username, password })
      client.setToken(me.token)
      onSignedIn(me)
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <main className="card narrow">
      <h1>企业理财精准营销</h1>
      <form onSubmit={submit} aria-label="登录">
        <label>
          用户名
          <input value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="username" required />
        </label>
        <label>
          密码
          <input
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="current-password"
            required
          />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          登录
        </button>
      </form>
    </main>
  )
}

/** 初始化修改密码: an account still on its initial password must choose its own before anything else. */
export const InitialPassword = ({ me, onDone }: { me: Me; onDone: () => void }) => {
  const client = useClient()
  const [current, setCurrent] = useState("")
  const [password, setPassword] = useState("")
  const [repeat, setRepeat] = useState("")
  const [error, setError] = useState<string>()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (password !== repeat) return setError("两次输入的密码不一致")
    try {
      await client.post("/api/usermanage/initialize_user", { pwd: current, newPwd: password, newPwdConfirm: repeat })
      onDone()
    } catch (e) {
      setError(messageOf(e))
    }
  }

  return (
    <main className="card narrow">
      <h1>首次登录请修改密码</h1>
      <p className="muted">{me.name}，您的账号仍在使用初始密码。</p>
      <form onSubmit={submit} aria-label="修改初始密码">
        <label>
          初始密码
          <input type="password" value={current} onChange={(e) => setCurrent(e.target.value)} required />
        </label>
        <label>
          新密码
          <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </label>
        <label>
          确认新密码
          <input type="password" value={repeat} onChange={(e) => setRepeat(e.target.value)} required />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit">保存新密码</button>
      </form>
    </main>
  )
}
