// Small valid files of every upload type, and helpers that turn rows into CSV and XLSX uploads.
// Headers come from core's specs; core's own tests pin those column lists against DOMAIN.md §2.
import { type References, type UploadType, uploadColumns } from "@wm/core"
import ExcelJS from "exceljs"

export const references: References = {
  outletCodes: new Set(["O11", "O12"]),
  companyCodes: new Set(["C1", "C2"]),
  productCodes: new Set(["P1"]),
  listedCompanyIds: new Set(["L1"])
}

type Rows = ReadonlyArray<ReadonlyArray<string>>

const product = [
  "P1",
  "稳健理财1号",
  "非保本",
  "R2",
  "180",
  "1",
  "3.85",
  "2025-01-01",
  "2025-01-15",
  "2025-01-16",
  "2025-07-15"
]

/** Header first, then data rows; each file is valid against `references`. */
export const examples: Record<UploadType, Rows> = {
  organization: [
    uploadColumns("organization"),
    ["B01", "东区支行", "O11", "城东网点"],
    ["B01", "东区支行", "O12", "城北网点"]
  ],
  company: [
    uploadColumns("company"),
    ["C1", "城东实业有限公司", "O11", "张三", "13800000000", "R3", ""],
    ["C2", "华兴科技, 股份有限公司", "O12", "李四", "+86 10 8888 6666", "", "L1"]
  ],
  trade_flow: [
    uploadColumns("trade_flow"),
    ["C1", "6222001", "2025-01-02 09:30:00", "贷", "1500000.00", "2500000.00", "", "网银"],
    ["C1", "6222001", "2025-01-03 10:00:00", "借", "200000", "-300.5", "313100000013", "柜台"]
  ],
  product: [uploadColumns("product"), [...product, "https://bank.example.com/p1.pdf", "", "强调稳健,\n期限灵活"]],
  peer_product: [uploadColumns("peer_product"), ["某商业银行", ...product, "", "同业产品", ""]],
  holding: [uploadColumns("holding"), ["C1", "P1", "100.5", "2025-01-16", "2025-07-15"]],
  financial_trade: [
    uploadColumns("financial_trade"),
    ["T1", "C1", "P1", "认购", "2025-01-10 10:00:00", "2025-01-16", "2025-07-15", "100", "100", "3.85", "网银", "0"],
    ["T2", "C2", "P1", "赎回", "2025-03-10 10:00:00", "", "", "20.5", "", "", "手机银行", "1"]
  ],
  // Written out: it leaves the optional address, description and notice columns out, as a file may.
  listed_company: [
    [
      "listedCompanyId",
      "name",
      "contact",
      "email",
      "registeredCapital",
      "createTime",
      "RA",
      "companyCode",
      "boughtOtherProduct"
    ],
    [
      "L1",
      "华兴科技股份有限公司",
      "010-88886666",
      "ir@example.com",
      "5000万元",
      "2001-05-01",
      "北京市市场监督管理局",
      "C2",
      "1"
    ]
  ],
  shareholder: [uploadColumns("shareholder"), ["L1", "张三", "1000000", "12.5", "A股"]]
}

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)

/** CSV text of rows, quoting where needed. */
export const csvText = (rows: Rows, eol = "\n"): string => rows.map((r) => r.map(quote).join(",")).join(eol) + eol

export const file = (content: string | Uint8Array, name: string): File => new File([content], name)

export const csvFile = (rows: Rows, name = "upload.csv", eol = "\n"): File => file(csvText(rows, eol), name)

/** An XLSX workbook built with exceljs; `build` fills the first sheet (and may add more). */
export const xlsxFile = async (
  build: (sheet: ExcelJS.Worksheet, book: ExcelJS.Workbook) => void,
  name = "upload.xlsx"
) => {
  const book = new ExcelJS.Workbook()
  build(book.addWorksheet("数据"), book)
  return file(new Uint8Array(await book.xlsx.writeBuffer()), name)
}

/** An XLSX file whose cells are the rows' texts. */
export const xlsxOf = (rows: Rows, name?: string) => xlsxFile((sheet) => sheet.addRows(rows.map((r) => [...r])), name)
