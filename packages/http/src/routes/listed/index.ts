/**
 * 上市公司: listed-company prospects from the `listed_company` and `shareholder` uploads (DOMAIN.md §2).
 */
import { listedDetail } from "./detail.js"
import { listedList } from "./list.js"

export const listedRoutes = [listedList, listedDetail]
