// Classification of driver failures (src/errors.ts), without a server: which errors are Conflict, which are
// "unavailable", and that connection strings in messages lose their credentials.
import { Effect } from "effect"
import {
  MongoBulkWriteError,
  MongoNetworkError,
  MongoNetworkTimeoutError,
  MongoServerError,
  MongoServerSelectionError
} from "mongodb"
import { describe, expect, it } from "vitest"
import { attemptUnique, classify, isDuplicateKey, isUnavailable, redactCredentials } from "../src/errors.js"

const serverError = (code: number, errmsg = `server error ${code}`) => new MongoServerError({ code, errmsg, ok: 0 })

describe("errors", () => {
  it("a duplicate key, from a single write or a bulk write, is a Conflict; other write failures are not", async () => {
    const duplicate = serverError(11000, "E11000 duplicate key error collection: wm.users")
    expect(isDuplicateKey(duplicate)).toBe(true)
    expect(isDuplicateKey(new MongoBulkWriteError(duplicate, { insertedCount: 0 } as never))).toBe(true)
    expect(isDuplicateKey(serverError(2))).toBe(false)
    const fail = (error: unknown) =>
      Effect.runPromise(Effect.flip(attemptUnique("insert", "taken", () => Promise.reject(error))))
    expect(await fail(duplicate)).toMatchObject({ _tag: "Conflict", reason: "taken" })
    expect(await fail(serverError(2))).toMatchObject({ _tag: "StorageError", operation: "insert", unavailable: false })
  })

  it("network, timeout and server-selection failures and 'not primary' answers are unavailable", () => {
    expect(isUnavailable(new MongoNetworkError("connection 1 to 127.0.0.1:27017 closed"))).toBe(true)
    expect(isUnavailable(new MongoNetworkTimeoutError("timed out"))).toBe(true)
    expect(isUnavailable(new MongoServerSelectionError("Server selection timed out", {} as never))).toBe(true)
    expect(isUnavailable(serverError(10107, "not primary"))).toBe(true)
    expect(isUnavailable(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }))).toBe(true)
    expect(isUnavailable(serverError(2, "bad value"))).toBe(false)
    expect(isUnavailable(new TypeError("a bug"))).toBe(false)
  })

  it("a StorageError names the operation, says whether MongoDB is unavailable, and keeps the cause", () => {
    const cause = new MongoNetworkError("connection 1 to 127.0.0.1:27017 closed")
    const error = classify("list users", cause)
    expect(error).toMatchObject({ _tag: "StorageError", operation: "list users", unavailable: true, cause })
    expect(error.message).toBe("list users: MongoDB is unavailable (connection 1 to 127.0.0.1:27017 closed)")
    expect(classify("count users", serverError(2, "bad value")).message).toBe("count users failed: bad value")
  })

  it("credentials in a connection string never reach a message", () => {
    const text = "cannot parse mongodb://wm:s3cret@db1:27017,db2/wm and mongodb+srv://u%40x:p%3Aw@cluster.example/"
    expect(redactCredentials(text)).toBe(
      "cannot parse mongodb://<credentials>@db1:27017,db2/wm and mongodb+srv://<credentials>@cluster.example/"
    )
    expect(classify("connect", new Error("bad uri mongodb://wm:s3cret@db1")).message).not.toContain("s3cret")
  })
})
