/**
 * 理财产品信息: our product library, products on sale today, other banks' products and product suggestions.
 */
import { productSuggestion, products, productsLegacy } from "./catalogue.js"
import { peerProducts, todayProducts } from "./onSale.js"

export const productRoutes = [products, productsLegacy, todayProducts, peerProducts, productSuggestion]
