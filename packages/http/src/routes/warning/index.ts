/**
 * 理财到期预警 (DOMAIN.md §6): the warning window setting and the maturing holdings in the caller's scope.
 */
import { getConfigRecent, setConfigRecent } from "./configRecent.js"
import { recentProducts } from "./recentProducts.js"

export const warningRoutes = [recentProducts, getConfigRecent, setConfigRecent]
