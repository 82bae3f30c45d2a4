/**
 * Storage port for contact details (联系人, 联系电话) that users corrected by hand (/api/company/contact).
 *
 * They are kept apart from the customer file, which every company upload replaces wholesale: an edit stored
 * here survives uploads and recomputes. Each edit remembers the uploaded values it replaced, so that a later
 * customer file that changes them can be told apart from one that merely repeats them (see Warning/Contacts.ts).
 */
import { Context, type Effect, type Option } from "effect"
import type { StorageError } from "../Errors.js"

export interface ContactOverride {
  readonly companyCode: string
  readonly linkman: string
  readonly contact: string
  /** The customer file's linkman and contact when the edit was made. */
  readonly uploadedLinkman: string
  readonly uploadedContact: string
  /** Epoch ms and user id of the edit. */
  readonly updatedAt: number
  readonly updatedBy: number | null
}

export class ContactRepo extends Context.Tag("@wm/core/ContactRepo")<
  ContactRepo,
  {
    /** The latest edit of one customer's contact, none when never edited. */
    readonly find: (companyCode: string) => Effect.Effect<Option.Option<ContactOverride>, StorageError>
    /** Stores an edit, replacing any earlier edit of the same customer. */
    readonly save: (override: ContactOverride) => Effect.Effect<void, StorageError>
  }
>() {}
