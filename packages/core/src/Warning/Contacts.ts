/**
 * Hand-corrected contact details of a customer (更新企业联系人, /api/company/contact) and which value shows.
 *
 * Decision: the most recent change wins. An edit shows while the customer file still carries the values the edit
 * replaced, through any number of uploads and recomputes that repeat them; once a newer customer file changes the
 * linkman or the phone, the bank's master data is newer than the edit and shows instead (the edit stays stored).
 * Linkman and phone go together, so a person is never shown with another person's phone.
 */
import { Clock, Effect, Option, Schema } from "effect"
import type { Actor } from "../Accounts/Actor.js"
import type { StoredPortrait } from "../Data/StoredPortrait.js"
import { visibleTextPattern } from "../Domain/TextPattern.js"
import { type ContactOverride, ContactRepo } from "../Ports/ContactRepo.js"

/** 联系人: 1–32 characters, no control characters. */
export const Linkman = Schema.Trim.pipe(
  Schema.nonEmptyString({ message: () => "must not be empty" }),
  Schema.maxLength(32, { message: () => "must have at most 32 characters" }),
  Schema.pattern(/^[^\p{Cc}]+$/u, { message: () => "must not contain control characters" }),
  Schema.annotations({ jsonSchema: { type: "string", minLength: 1, maxLength: 32, pattern: visibleTextPattern } })
)

/** 联系电话: 3–32 characters of digits, spaces and + - ( ), with at least 3 digits (landlines, mobiles, 区号). */
export const ContactPhone = Schema.Trim.pipe(
  Schema.minLength(3, { message: () => "must have at least 3 characters" }),
  Schema.maxLength(32, { message: () => "must have at most 32 characters" }),
  Schema.pattern(/^[0-9+\-() ]+$/, { message: () => "may contain only digits, spaces and + - ( )" }),
  Schema.filter((s) => (s.match(/[0-9]/g)?.length ?? 0) >= 3, { message: () => "must contain at least 3 digits" }),
  Schema.annotations({ jsonSchema: { type: "string", minLength: 3, maxLength: 32, pattern: "^[0-9+\\-() ]+$" } })
)

export interface ContactDetails {
  readonly linkman: string
  readonly contact: string
}

/** What a customer shows, given the customer file's values and the latest edit. */
export const effectiveContact = (uploaded: ContactDetails, edit: Option.Option<ContactOverride>): ContactDetails =>
  Option.isSome(edit) &&
  edit.value.uploadedLinkman === uploaded.linkman &&
  edit.value.uploadedContact === uploaded.contact
    ? { linkman: edit.value.linkman, contact: edit.value.contact }
    : { linkman: uploaded.linkman, contact: uploaded.contact }

/** The contact a customer's portrait shows, edits applied. */
export const contactOf = (portrait: StoredPortrait) =>
  Effect.map(
    Effect.flatMap(ContactRepo, (repo) => repo.find(portrait.code)),
    (edit) => effectiveContact(portrait, edit)
  )

/**
 * Records an edit of a customer the caller may see (the caller checks scope: every role may edit the customers
 * of its scope). `details` must already be valid (Linkman, ContactPhone).
 */
export const editContact = (actor: Actor, portrait: StoredPortrait, details: ContactDetails) =>
  Effect.gen(function* () {
    const repo = yield* ContactRepo
    const updatedAt = yield* Clock.currentTimeMillis
    yield* repo.save({
      companyCode: portrait.code,
      linkman: details.linkman,
      contact: details.contact,
      uploadedLinkman: portrait.linkman,
      uploadedContact: portrait.contact,
      updatedAt,
      updatedBy: actor.user.id
    })
    return { linkman: details.linkman, contact: details.contact }
  })
