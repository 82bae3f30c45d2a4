/**
 * SessionRepo and SignInLog on MongoDB. Sessions are keyed by their token hash (unique index); the sign-in log
 * is append-only and read by time range.
 */
import { Session, type SessionRepo, SignInEvent, type SignInLog } from "@wm/core"
import { Effect } from "effect"
import type { Db, Filter } from "mongodb"
import { Collections } from "./collections.js"
import { decodeAll, decodeOption } from "./documents.js"
import { attempt } from "./errors.js"

interface SessionDoc {
  tokenHash: string
  userId: number
  createdAt: number
  lastSeenAt: number
}

interface SignInDoc {
  userId: number | null
  username: string
  at: number
  success: boolean
  reason: "bad_credentials" | "locked" | null
}

const sessionDoc = (s: Session): SessionDoc => ({
  tokenHash: s.tokenHash,
  userId: s.userId,
  createdAt: s.createdAt,
  lastSeenAt: s.lastSeenAt
})

const sessionFields = ({ tokenHash, userId, createdAt, lastSeenAt }: SessionDoc) => ({
  tokenHash,
  userId,
  createdAt,
  lastSeenAt
})

const signInDoc = (e: SignInEvent): SignInDoc => ({
  userId: e.userId,
  username: e.username,
  at: e.at,
  success: e.success,
  reason: e.reason
})

const signInFields = ({ userId, username, at, success, reason }: SignInDoc) => ({
  userId,
  username,
  at,
  success,
  reason
})

export const makeSessionRepo = (db: Db): SessionRepo["Type"] => {
  const sessions = db.collection<SessionDoc>(Collections.sessions)
  return {
    // Inserting a known token hash replaces that session, like the reference store; the upsert is one atomic write.
    insert: (session) =>
      Effect.asVoid(
        attempt("insert a session", () =>
          sessions.replaceOne({ tokenHash: session.tokenHash }, sessionDoc(session), { upsert: true })
        )
      ),
    find: (tokenHash) =>
      Effect.flatMap(
        attempt("find a session", () => sessions.findOne({ tokenHash })),
        decodeOption(Session, "read a session", sessionFields)
      ),
    touch: (tokenHash, at) =>
      Effect.asVoid(attempt("touch a session", () => sessions.updateOne({ tokenHash }, { $set: { lastSeenAt: at } }))),
    delete: (tokenHash) => Effect.asVoid(attempt("delete a session", () => sessions.deleteOne({ tokenHash }))),
    deleteForUser: (userId, except) =>
      Effect.map(
        attempt(`delete the sessions of user ${userId}`, () =>
          sessions.deleteMany(except === undefined ? { userId } : { userId, tokenHash: { $ne: except } })
        ),
        (result) => result.deletedCount
      )
  }
}

export const makeSignInLog = (db: Db): SignInLog["Type"] => {
  const signIns = db.collection<SignInDoc>(Collections.signIns)
  return {
    record: (event) => Effect.asVoid(attempt("record a sign-in", () => signIns.insertOne(signInDoc(event)))),
    list: ({ from, to, successOnly }) => {
      const query: Filter<SignInDoc> = { at: { $gte: from, $lte: to }, ...(successOnly === true && { success: true }) }
      // _id breaks ties: the driver makes ObjectIds that increase within a process, so equal times keep the
      // order they were recorded in.
      return attempt("list sign-ins", () => signIns.find(query).sort({ at: 1, _id: 1 }).toArray()).pipe(
        Effect.flatMap((docs) => decodeAll(SignInEvent, "read a sign-in", docs.map(signInFields)))
      )
    }
  }
}
