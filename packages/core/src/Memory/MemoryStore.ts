/**
 * The embedded store: every storage port of core, read from memory. Record-by-record data is written through a
 * RecordBacking, a data version's bulk data through BulkFiles (`layerOn` needs both: the Node adapter's durable
 * ones, or `layer`'s in-memory ones).
 */
import { Layer } from "effect"
import { DatasetRepo } from "../Data/DatasetRepo.js"
import { StagingStore } from "../Pipeline/StagingStore.js"
import { AdvisorProductRepo } from "../Ports/AdvisorProductRepo.js"
import { AuditLog } from "../Ports/AuditLog.js"
import { CompanyRepo } from "../Ports/CompanyRepo.js"
import { ContactRepo } from "../Ports/ContactRepo.js"
import { ExportTaskRepo } from "../Ports/ExportTaskRepo.js"
import { FocusRepo } from "../Ports/FocusRepo.js"
import { Leases } from "../Ports/Leases.js"
import { MarketingRepo } from "../Ports/MarketingRepo.js"
import { OrganisationRepo } from "../Ports/OrganisationRepo.js"
import { SessionRepo, SignInLog } from "../Ports/SessionRepo.js"
import { SettingsRepo } from "../Ports/SettingsRepo.js"
import { ThrottleStore } from "../Ports/ThrottleStore.js"
import { UserRepo } from "../Ports/UserRepo.js"
import { BulkFiles, makeMemoryBulkFiles } from "../Records/BulkFiles.js"
import { makeMemoryRecordBacking, RecordBacking } from "../Records/RecordBacking.js"
import { makeDurableDatasetRepo } from "./DurableDataset.js"
import { makeDurableStaging } from "./DurableStaging.js"
import { makeMemoryAdvisorProductRepo } from "./MemoryAdvisorProductRepo.js"
import { makeMemoryAuditLog } from "./MemoryAuditLog.js"
import { makeMemoryCompanyRepo } from "./MemoryCompanyRepo.js"
import { makeMemoryContactRepo } from "./MemoryContactRepo.js"
import { makeMemoryExportTaskRepo } from "./MemoryExportTaskRepo.js"
import { makeMemoryFocusRepo } from "./MemoryFocusRepo.js"
import { makeMemoryLeases } from "./MemoryLeases.js"
import { makeMemoryMarketingRepo } from "./MemoryMarketingRepo.js"
import { makeMemoryOrganisationRepo } from "./MemoryOrganisationRepo.js"
import { makeMemorySessionRepo, makeMemorySignInLog } from "./MemorySessionRepo.js"
import { makeMemorySettingsRepo } from "./MemorySettingsRepo.js"
import { makeMemoryThrottleStore } from "./MemoryThrottleStore.js"
import { makeMemoryUserRepo } from "./MemoryUserRepo.js"

/** The store's ports over the RecordBacking it is given. */
export const layerOn = Layer.mergeAll(
  Layer.effect(OrganisationRepo, makeMemoryOrganisationRepo),
  Layer.effect(UserRepo, makeMemoryUserRepo),
  Layer.effect(SessionRepo, makeMemorySessionRepo),
  Layer.effect(SignInLog, makeMemorySignInLog),
  Layer.effect(CompanyRepo, makeMemoryCompanyRepo),
  Layer.effect(DatasetRepo, makeDurableDatasetRepo),
  Layer.effect(SettingsRepo, makeMemorySettingsRepo),
  Layer.effect(ContactRepo, makeMemoryContactRepo),
  Layer.effect(AuditLog, makeMemoryAuditLog),
  Layer.effect(StagingStore, makeDurableStaging),
  Layer.effect(AdvisorProductRepo, makeMemoryAdvisorProductRepo),
  Layer.effect(Leases, makeMemoryLeases),
  Layer.effect(MarketingRepo, makeMemoryMarketingRepo),
  Layer.effect(FocusRepo, makeMemoryFocusRepo),
  Layer.effect(ExportTaskRepo, makeMemoryExportTaskRepo),
  Layer.effect(ThrottleStore, makeMemoryThrottleStore)
)

/** A fresh, empty store each time the layer is built, kept in memory only. */
export const layer = layerOn.pipe(
  Layer.provide(
    Layer.merge(Layer.sync(RecordBacking, makeMemoryRecordBacking), Layer.sync(BulkFiles, makeMemoryBulkFiles))
  )
)
