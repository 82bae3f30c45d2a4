/**
 * 下载数据: exports of whole lists as XLSX files, written in the background (DOMAIN.md §9).
 */
import { createDownload } from "./create.js"
import { getDownload } from "./get.js"
import { downloadList } from "./list.js"

export const downloadRoutes = [getDownload, downloadList, createDownload]
