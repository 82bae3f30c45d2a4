/**
 * 数据管理 for managers: conversion (转化率, DOMAIN §7) and wealth purchases/redemptions (§8) per sub-branch, or
 * per outlet of one sub-branch, sortable by any figure, with the caller's own ranks.
 */
import { type ReactNode, useState } from "react"
import { useLoad } from "../api.js"
import { Loaded } from "../parts/Status.js"

const conversionColumns = [
  ["本月推荐客户数", "recommandQuantityThisMonth"],
  ["本月转化客户数", "conversionQuantityThisMonth"],
  ["本月转化率 (%)", "conversionRateThisMonth"],
  ["本年转化客户数", "conversionQuantityThisYear"],
  ["本年转化率 (%)", "conversionRateThisYear"]
] as const

const historyColumns = [
  ["购买 (万元)", "boughtBalance"],
  ["网银购买", "onlineBoughtBalance"],
  ["柜台购买", "counterBoughtBalance"],
  ["赎回 (万元)", "redeemBalance"],
  ["网银赎回", "onlineRedeemBalance"],
  ["柜台赎回", "counterRedeemBalance"]
] as const

const holdColumns = [
  ["持有总额 (万元)", "balance"],
  ["保本", "guaranteedBalance"],
  ["非保本", "nonGuaranteedBalance"],
  ["结构性", "structuralBalance"]
] as const

const loginColumns = [
  ["账号数", "totalAcountQuantity"],
  ["已登录", "loginQuantity"],
  ["未登录", "notLoginQuantity"]
] as const

type Sort = { readonly sortType: number; readonly sort: 0 | 1 }

const SortableHead = (props: {
  columns: ReadonlyArray<readonly [string, string]>
  sort: Sort
  set: (s: Sort) => void
}) => (
  <thead>
    <tr>
      <th>机构</th>
      {props.columns.map(([label], i) => {
        const active = props.sort.sortType === i + 1
        return (
          <th
            key={label}
            className="num"
            aria-sort={active ? (props.sort.sort === 1 ? "descending" : "ascending") : "none"}
          >
            <button
              type="button"
              className="link"
              onClick={() => props.set({ sortType: i + 1, sort: active && props.sort.sort === 1 ? 0 : 1 })}
            >
              {label}
              {active ? (props.sort.sort === 1 ? " ↓" : " ↑") : ""}
            </button>
          </th>
        )
      })}
    </tr>
  </thead>
)

interface Row {
  readonly organizationId: number
  readonly organizationName: string
}

/** One organisation table: a sortable header, one row per organisation, each column's figure formatted. */
const StatTable = <R extends Row, K extends keyof R & string>(props: {
  label: string
  rows: ReadonlyArray<R>
  columns: ReadonlyArray<readonly [string, K]>
  sort: Sort
  setSort: (s: Sort) => void
  cell?: (value: R[K]) => ReactNode
}) => (
  <div className="table-wrap">
    <table aria-label={props.label}>
      <SortableHead columns={props.columns} sort={props.sort} set={props.setSort} />
      <tbody>
        {props.rows.map((o) => (
          <tr key={o.organizationId}>
            <td>{o.organizationName}</td>
            {props.columns.map(([label, key]) => (
              <td key={label} className="num">
                {props.cell === undefined ? String(o[key]) : props.cell(o[key])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  </div>
)

const wan = (value: unknown) => (value as number).toFixed(2)

export const Statistics = () => {
  const [conversionSort, setConversionSort] = useState<Sort>({ sortType: 3, sort: 1 })
  const [historySort, setHistorySort] = useState<Sort>({ sortType: 1, sort: 1 })
  const [holdSort, setHoldSort] = useState<Sort>({ sortType: 1, sort: 1 })
  const [loginSort, setLoginSort] = useState<Sort>({ sortType: 1, sort: 1 })
  const page = { page: 1, count: 100 }
  const [conversion] = useLoad(
    (api) => api.get("/api/statistics/conversion_rate", { query: { ...page, ...conversionSort } }),
    [conversionSort]
  )
  const [history] = useLoad(
    (api) => api.get("/api/statistics/history_list", { query: { ...page, ...historySort } }),
    [historySort]
  )
  const [hold] = useLoad((api) => api.get("/api/statistics/hold_list", { query: { ...page, ...holdSort } }), [holdSort])
  const [login] = useLoad((api) => api.get("/api/statistics/login", { query: { ...page, ...loginSort } }), [loginSort])
  return (
    <section aria-labelledby="stats-title">
      <h2 id="stats-title">数据管理</h2>
      <h3>营销转化</h3>
      <Loaded load={conversion}>
        {({ organizations, branchRank }) => (
          <>
            {branchRank && (
              <p className="muted">
                本支行本月转化率全分行第 {branchRank.conversionRateThisMonthRank} / {branchRank.total} 名
              </p>
            )}
            <StatTable
              label="营销转化"
              rows={organizations}
              columns={conversionColumns}
              sort={conversionSort}
              setSort={setConversionSort}
            />
          </>
        )}
      </Loaded>
      <h3>理财购买与赎回</h3>
      <Loaded load={history}>
        {({ organizations }) => (
          <StatTable
            label="理财购买与赎回"
            rows={organizations}
            columns={historyColumns}
            sort={historySort}
            setSort={setHistorySort}
            cell={wan}
          />
        )}
      </Loaded>
      <h3>当前持有</h3>
      <Loaded load={hold}>
        {({ organizations }) => (
          <StatTable
            label="当前持有"
            rows={organizations}
            columns={holdColumns}
            sort={holdSort}
            setSort={setHoldSort}
            cell={wan}
          />
        )}
      </Loaded>
      <h3>登录情况</h3>
      <Loaded load={login}>
        {({ organizations }) => (
          <StatTable
            label="登录情况"
            rows={organizations}
            columns={loginColumns}
            sort={loginSort}
            setSort={setLoginSort}
          />
        )}
      </Loaded>
    </section>
  )
}
