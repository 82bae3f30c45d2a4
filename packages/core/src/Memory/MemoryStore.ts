/**
 * The embedded default store: every storage port of core, held in memory.
 */
import { Layer } from "effect"
import { DatasetRepo } from "../Data/DatasetRepo.js"
import { CompanyRepo } from "../Ports/CompanyRepo.js"
import { ContactRepo } from "../Ports/ContactRepo.js"
import { OrganisationRepo } from "../Ports/OrganisationRepo.js"
import { SessionRepo, SignInLog } from "../Ports/SessionRepo.js"
import { SettingsRepo } from "../Ports/SettingsRepo.js"
import { UserRepo } from "../Ports/UserRepo.js"
import { makeMemoryCompanyRepo } from "./MemoryCompanyRepo.js"
import { makeMemoryContactRepo } from "./MemoryContactRepo.js"
import { makeMemoryDatasetRepo } from "./MemoryDatasetRepo.js"
import { makeMemoryOrganisationRepo } from "./MemoryOrganisationRepo.js"
import { makeMemorySessionRepo, makeMemorySignInLog } from "./MemorySessionRepo.js"
import { makeMemorySettingsRepo } from "./MemorySettingsRepo.js"
import { makeMemoryUserRepo } from "./MemoryUserRepo.js"

/** A fresh, empty store each time the layer is built. */
export const layer = Layer.mergeAll(
  Layer.sync(OrganisationRepo, makeMemoryOrganisationRepo),
  Layer.sync(UserRepo, makeMemoryUserRepo),
  Layer.sync(SessionRepo, makeMemorySessionRepo),
  Layer.sync(SignInLog, makeMemorySignInLog),
  Layer.sync(CompanyRepo, makeMemoryCompanyRepo),
  Layer.sync(DatasetRepo, makeMemoryDatasetRepo),
  Layer.sync(SettingsRepo, makeMemorySettingsRepo),
  Layer.sync(ContactRepo, makeMemoryContactRepo)
)
