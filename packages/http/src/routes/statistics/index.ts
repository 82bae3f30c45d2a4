/**
 * 数据管理: statistics per sub-branch and outlet (DOMAIN.md §7–8), computed from the statistics index of the active
 * data version, the marketing records and the sign-in log.
 */
import { conversionRate } from "./conversion.js"
import { historyList, holdList } from "./lists.js"
import { login } from "./login.js"
import { historyTop, holdTop } from "./top.js"

export const statisticsRoutes = [historyTop, historyList, holdTop, holdList, login, conversionRate]
