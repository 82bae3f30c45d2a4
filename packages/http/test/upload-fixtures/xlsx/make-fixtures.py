"""Writes the XLSX fixtures of upload-tools.test.ts with the tools banks use: openpyxl (what pandas' to_excel
uses) and XlsxWriter. Run: python make-fixtures.py (needs: pip install openpyxl xlsxwriter). The files are
committed so the tests need no Python; LibreOffice's file (libreoffice-trade_flow.xlsx) is converted from the
openpyxl one with: soffice --headless --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir lo openpyxl-trade_flow.xlsx
"""
from datetime import datetime

import openpyxl
import xlsxwriter

HEADER = ["companyCode", "accountNo", "tradeTime", "direction", "amount", "balance", "counterpartyBank", "channel"]
ROWS = [
    ["C1", "A001", datetime(2026, 1, 5, 9, 0, 0), "贷", 1000, 1000, "OTHER", "网银"],
    ["C1", "A001", datetime(2026, 1, 10, 10, 0, 0), "借", 300, 700, "OURBANK", "柜台"],
    ["C1", "A001", datetime(2026, 2, 1, 11, 0, 0), "贷", 500.5, 1200.5, "OTHER", "网银"],
    ["C2", "A002", datetime(2026, 2, 1, 12, 0, 0), "贷", 2000, 2000, None, "网银"],
]


def with_openpyxl(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "流水"
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(row)
    for cell in sheet["C"][1:]:
        cell.number_format = "yyyy-mm-dd hh:mm:ss"
    book.create_sheet("说明").append(["not read: only the first sheet is"])
    book.save(path)


def with_xlsxwriter(path):
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet("流水")
    when = book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    sheet.write_row(0, 0, HEADER)
    for r, row in enumerate(ROWS, start=1):
        for c, value in enumerate(row):
            if isinstance(value, datetime):
                sheet.write_datetime(r, c, value, when)
            elif value is not None:
                sheet.write(r, c, value)
    book.add_worksheet("说明").write(0, 0, "not read")
    book.close()


with_openpyxl("openpyxl-trade_flow.xlsx")
with_xlsxwriter("xlsxwriter-trade_flow.xlsx")
