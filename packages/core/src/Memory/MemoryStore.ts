/**
 * The embedded store: every storage port of core, read from memory. Record-by-record data is written through a
 * RecordBacking (`layerOn` needs one: the Node adapter's durable backing, or `layer`'s in-memory one).
 */
import { Layer } from "effect"
import { DatasetRepo } from "../Data/DatasetRepo.js"
import { CompanyRepo } from "../Ports/CompanyRepo.js"
import { ContactRepo } from "../Ports/ContactRepo.js"
import { ExportTaskRepo } from "../Ports/ExportTaskRepo.js"
import { FocusRepo } from "../Ports/FocusRepo.js"
import { MarketingRepo } from "../Ports/MarketingRepo.js"
import { OrganisationRepo } from "../Ports/OrganisationRepo.js"
import { SessionRepo, SignInLog } from "../Ports/SessionRepo.js"
import { SettingsRepo } from "../Ports/SettingsRepo.js"
import { UserRepo } from "../Ports/UserRepo.js"
import { makeMemoryRecordBacking, RecordBacking } from "../Records/RecordBacking.js"
import { makeMemoryCompanyRepo } from "./MemoryCompanyRepo.js"
import { makeMemoryContactRepo } from "./MemoryContactRepo.js"
import { makeMemoryDatasetRepo } from "./MemoryDatasetRepo.js"
import { makeMemoryExportTaskRepo } from "./MemoryExportTaskRepo.js"
import { makeMemoryFocusRepo } from "./MemoryFocusRepo.js"
import { makeMemoryMarketingRepo } from "./MemoryMarketingRepo.js"
import { makeMemoryOrganisationRepo } from "./MemoryOrganisationRepo.js"
import { makeMemorySessionRepo, makeMemorySignInLog } from "./MemorySessionRepo.js"
import { makeMemorySettingsRepo } from "./MemorySettingsRepo.js"
import { makeMemoryUserRepo } from "./MemoryUserRepo.js"

/** The store's ports over the RecordBacking it is given. */
export const layerOn = Layer.mergeAll(
  Layer.sync(OrganisationRepo, makeMemoryOrganisationRepo),
  Layer.sync(UserRepo, makeMemoryUserRepo),
  Layer.sync(SessionRepo, makeMemorySessionRepo),
  Layer.sync(SignInLog, makeMemorySignInLog),
  Layer.sync(CompanyRepo, makeMemoryCompanyRepo),
  Layer.sync(DatasetRepo, makeMemoryDatasetRepo),
  Layer.effect(SettingsRepo, makeMemorySettingsRepo),
  Layer.sync(ContactRepo, makeMemoryContactRepo),
  Layer.effect(MarketingRepo, makeMemoryMarketingRepo),
  Layer.effect(FocusRepo, makeMemoryFocusRepo),
  Layer.effect(ExportTaskRepo, makeMemoryExportTaskRepo)
)

/** A fresh, empty store each time the layer is built, kept in memory only. */
export const layer = layerOn.pipe(Layer.provide(Layer.sync(RecordBacking, makeMemoryRecordBacking)))
