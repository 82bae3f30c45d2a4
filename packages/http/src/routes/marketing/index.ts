/**
 * 营销记录 and 重点关注: marketing records and the focus list of the caller (DOMAIN.md §7, §1).
 */
import { editFocus, listFocus } from "./focus.js"
import { addRecord, deleteRecord, editRecord, listRecords } from "./records.js"

export const marketingRoutes = [listRecords, addRecord, editRecord, deleteRecord, listFocus, editFocus]
