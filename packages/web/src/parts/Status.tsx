/** What a screen shows while its data loads or when loading failed. */
import type { ReactNode } from "react"
import type { Load } from "../api.js"

export const Loaded = <A,>({ load, children }: { load: Load<A>; children: (data: A) => ReactNode }) =>
  load.state === "loading" ? (
    <p className="muted" aria-live="polite">
      加载中…
    </p>
  ) : load.state === "failed" ? (
    <p className="error" role="alert">
      {load.message}
    </p>
  ) : (
    <>{children(load.data)}</>
  )

export const money = (yuan: number | null | undefined): string =>
  yuan === null || yuan === undefined
    ? "—"
    : yuan.toLocaleString("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 })

/** 万元 with two decimals, as the lists show money. */
export const tenThousand = (wan: number | null | undefined): string =>
  wan === null || wan === undefined ? "—" : `${wan.toFixed(2)} 万元`
