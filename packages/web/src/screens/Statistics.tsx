/**
 * 数据管理 for managers: conversion (转化率, DOMAIN §7) and wealth purchases/redemptions (§8) per sub-branch, or
 * per outlet of one sub-branch, sortable by any figure, with the caller's own ranks.
 */
import { useState } from "react"
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

export const Statistics = () => {
  const [conversionSort, setConversionSort] = useState<Sort>({ sortType: 3, sort: 1 })
  const [historySort, setHistorySort] = useState<Sort>({ sortType: 1, sort: 1 })
  const [conversion] = useLoad(
    (api) => api.get("/api/statistics/conversion_rate", { query: { page: 1, count: 100, ...conversionSort } }),
    [conversionSort]
  )
  const [holdSort, setHoldSort] = useState<Sort>({ sortType: 1, sort: 1 })
  const [loginSort, setLoginSort] = useState<Sort>({ sortType: 1, sort: 1 })
  const [hold] = useLoad(
    (api) => api.get("/api/statistics/hold_list", { query: { page: 1, count: 100, ...holdSort } }),
    [holdSort]
  )
  const [login] = useLoad(
    (api) => api.get("/api/statistics/login", { query: { page: 1, count: 100, ...loginSort } }),
    [loginSort]
  )
  const [history] = useLoad(
    (api) => api.get("/api/statistics/history_list", { query: { page: 1, count: 100, ...historySort } }),
    [historySort]
  )
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
            <div className="table-wrap">
              <table aria-label="营销转化">
                <SortableHead columns={conversionColumns} sort={conversionSort} set={setConversionSort} />
                <tbody>
                  {organizations.map((o) => (
                    <tr key={o.organizationId}>
                      <td>{o.organizationName}</td>
                      {conversionColumns.map(([label, key]) => (
                        <td key={label} className="num">
                          {o[key]}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </Loaded>
      <h3>理财购买与赎回</h3>
      <Loaded load={history}>
        {({ organizations }) => (
          <div className="table-wrap">
            <table aria-label="理财购买与赎回">
              <SortableHead columns={historyColumns} sort={historySort} set={setHistorySort} />
              <tbody>
                {organizations.map((o) => (
                  <tr key={o.organizationId}>
                    <td>{o.organizationName}</td>
                    {historyColumns.map(([label, key]) => (
                      <td key={label} className="num">
                        {o[key].toFixed(2)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Loaded>
      <h3>当前持有</h3>
      <Loaded load={hold}>
        {({ organizations }) => (
          <div className="table-wrap">
            <table aria-label="当前持有">
              <SortableHead columns={holdColumns} sort={holdSort} set={setHoldSort} />
              <tbody>
                {organizations.map((o) => (
                  <tr key={o.organizationId}>
                    <td>{o.organizationName}</td>
                    {holdColumns.map(([label, key]) => (
                      <td key={label} className="num">
                        {o[key].toFixed(2)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Loaded>
      <h3>登录情况</h3>
      <Loaded load={login}>
        {({ organizations }) => (
          <div className="table-wrap">
            <table aria-label="登录情况">
              <SortableHead columns={loginColumns} sort={loginSort} set={setLoginSort} />
              <tbody>
                {organizations.map((o) => (
                  <tr key={o.organizationId}>
                    <td>{o.organizationName}</td>
                    {loginColumns.map(([label, key]) => (
                      <td key={label} className="num">
                        {o[key]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Loaded>
    </section>
  )
}
