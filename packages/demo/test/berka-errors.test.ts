/**
 * The Berka converter refuses input it does not understand, naming file and line, and leaves no partial
 * upload file behind.
 */
import { readdir } from "node:fs/promises"
import { afterAll, describe, expect, it } from "vitest"
import { convertBerka } from "../src/index.js"
import { removeTempDirs, TINY, writeBerka } from "./support/berka.js"

afterAll(removeTempDirs)

describe("convertBerka refuses input it does not understand", () => {
  const trans = (row: string) => ({ "trans_partial.csv.gz": [TINY["trans_partial.csv.gz"]![0]!, row] })
  const attempt = async (overrides: Record<string, ReadonlyArray<string> | undefined>) => {
    const { inDir, outDir } = await writeBerka(overrides)
    return convertBerka({ inDir, outDir })
  }

  it("leaves no upload file behind when the conversion fails half way through trans", async () => {
    const { inDir, outDir } = await writeBerka({
      "trans_partial.csv.gz": [...TINY["trans_partial.csv.gz"]!, '10;3;930301;"PRIJEM";"SWIFT";1.00;76.90;"";;']
    })
    await expect(convertBerka({ inDir, outDir })).rejects.toThrow(/line 11: unknown trans\.operation "SWIFT"/)
    expect(await readdir(outDir)).toEqual([])
  })

  it("names a missing input file", async () => {
    await expect(attempt({ "card.csv.gz": undefined })).rejects.toThrow(/missing Berka input card\.csv\.gz/)
  })

  it("names the file and the unexpected header", async () => {
    const header = ['"account_id";"district";"frequency";"date"', '7;69;"POPLATEK MESICNE";930101']
    await expect(attempt({ "account.csv.gz": header })).rejects.toThrow(
      /account\.csv\.gz: header is account_id;district/
    )
  })

  it("names file and line of an unknown transaction type, operation, account, date or amount", async () => {
    const cases: ReadonlyArray<readonly [string, RegExp]> = [
      ['1;3;930101;"CREDIT";"VKLAD";1.00;1.00;"";;', /trans_partial\.csv\.gz line 2: unknown trans\.type "CREDIT"/],
      ['1;3;930101;"PRIJEM";"SWIFT";1.00;1.00;"";;', /line 2: unknown trans\.operation "SWIFT"/],
      ['1;99;930101;"PRIJEM";"VKLAD";1.00;1.00;"";;', /line 2: unknown account 99/],
      ['1;3;930231;"PRIJEM";"VKLAD";1.00;1.00;"";;', /line 2: date is not a YYMMDD date: 930231/],
      ['1;3;930101;"PRIJEM";"VKLAD";1.005;1.00;"";;', /line 2: amount is not an amount with at most 2 decimals/]
    ]
    for (const [row, message] of cases) await expect(attempt(trans(row))).rejects.toThrow(message)
  })

  it("reports a row with a missing cell, and `?` outside the district columns that may have it", async () => {
    await expect(attempt(trans('1;3;930101;"PRIJEM";"VKLAD";1.00;1.00;""'))).rejects.toThrow(
      /trans_partial\.csv\.gz: Invalid Record Length/
    )
    const district = [...TINY["district.csv.gz"]!]
    district[1] = district[1]!.replace("12541", "?")
    await expect(attempt({ "district.csv.gz": district })).rejects.toThrow(
      /district\.csv\.gz line 2: A11 is not a number/
    )
  })
})
