/**
 * The portrait engine (企业画像, DOMAIN.md §3): columnar transactions in, a read model of portraits out.
 */
export { DAY_MS, formatDay, parseDay, parseTradeTime } from "./Calendar.js"
export { computePortraits } from "./computePortraits.js"
export type {
  BalanceFigure,
  CompanyPortrait,
  CompanyRef,
  DirectionBlock,
  FluctuationDegree,
  FluctuationThresholds,
  InnerScale,
  MonthFigures,
  PortraitInput,
  PortraitSet,
  PortraitWindow,
  Standing,
  TradeFigure,
  Triple
} from "./PortraitTypes.js"
export { defaultFluctuationThresholds } from "./PortraitTypes.js"
export {
  appendTradeRow,
  BORROW,
  LEND,
  makeTradeColumnsBuilder,
  type TradeColumns,
  type TradeColumnsBuilder,
  type TradeRow
} from "./TradeColumns.js"
