// stub(): a partial port layer answers what the test provides and dies loudly, naming port and method, otherwise.
import { Cause, Effect, Exit, Option } from "effect"
import { expect, it } from "vitest"
import { UserRepo } from "../src/index.js"
import { stub } from "../src/testing/index.js"

it("a stubbed port answers the provided method and dies naming the port and method of a missing one", async () => {
  const layer = stub(UserRepo, { count: () => Effect.succeed(7) })
  const program = Effect.gen(function* () {
    const users = yield* UserRepo
    expect(yield* users.count({})).toBe(7)
    return yield* users.list({}, { page: 1, count: 10 })
  })
  const exit = await Effect.runPromiseExit(Effect.provide(program, layer))
  expect(Exit.isFailure(exit)).toBe(true)
  const defect = Exit.isFailure(exit) ? Cause.dieOption(exit.cause) : Option.none()
  expect(Option.map(defect, String)).toEqual(
    Option.some("@wm/core/UserRepo.list was called but this test did not stub it")
  )
})
