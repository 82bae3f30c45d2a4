/**
 * 理财产品信息 lists over the customers in scope: their current holdings and their wealth-product trades.
 * The product lists of the same section (today_products, peer_products, /api/products) live elsewhere.
 */
import { holdProducts } from "./holdProducts.js"
import { tradeFlow } from "./tradeFlow.js"

export const financialRoutes = [holdProducts, tradeFlow]
