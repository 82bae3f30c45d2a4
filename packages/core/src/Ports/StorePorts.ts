/**
 * Every storage port of core in one type: what a store (the in-memory default, the Mongo adapter) provides and
 * what the port contract suite checks. A new port is added here and nowhere else.
 */
import type { DatasetRepo } from "../Data/DatasetRepo.js"
import type { StagingStore } from "../Pipeline/StagingStore.js"
import type { AdvisorProductRepo } from "./AdvisorProductRepo.js"
import type { AuditLog } from "./AuditLog.js"
import type { CompanyRepo } from "./CompanyRepo.js"
import type { ContactRepo } from "./ContactRepo.js"
import type { ExportTaskRepo } from "./ExportTaskRepo.js"
import type { FocusRepo } from "./FocusRepo.js"
import type { Leases } from "./Leases.js"
import type { MarketingRepo } from "./MarketingRepo.js"
import type { OrganisationRepo } from "./OrganisationRepo.js"
import type { SessionRepo, SignInLog } from "./SessionRepo.js"
import type { SettingsRepo } from "./SettingsRepo.js"
import type { ThrottleStore } from "./ThrottleStore.js"
import type { UserRepo } from "./UserRepo.js"

export type StorePorts =
  | OrganisationRepo
  | UserRepo
  | SessionRepo
  | SignInLog
  | CompanyRepo
  | DatasetRepo
  | SettingsRepo
  | ContactRepo
  | AuditLog
  | AdvisorProductRepo
  | Leases
  | MarketingRepo
  | FocusRepo
  | ExportTaskRepo
  | StagingStore
  | ThrottleStore
