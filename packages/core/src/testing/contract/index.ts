/** The storage-port contract: one vitest suite every adapter of core's ports must pass, the in-memory store first. */
import { describe } from "vitest"
import { advisorProductRepo } from "./advisorProductRepo.js"
import { auditLog } from "./auditLog.js"
import { companyRepo } from "./companyRepo.js"
import { contactRepo } from "./contactRepo.js"
import { datasetRepo } from "./datasetRepo.js"
import { exportTaskRepo } from "./exportTaskRepo.js"
import { focusRepo } from "./focusRepo.js"
import { type ContractStore, useContractStore } from "./harness.js"
import { leases } from "./leases.js"
import { marketingRepo } from "./marketingRepo.js"
import { organisationRepoRecords } from "./organisationRepo.js"
import { outletQueries } from "./outletQueries.js"
import { sessionRepo, signInLog } from "./sessionRepo.js"
import { settingsRepo } from "./settingsRepo.js"
import { stagingStore } from "./stagingStore.js"
import { throttleStore } from "./throttleStore.js"
import { userQueries } from "./userQueries.js"
import { userRepoRecords } from "./userRepo.js"

export type { ContractStore, StorePorts } from "./harness.js"

/**
 * Registers the contract tests for the store that `makeStore` builds. Every test starts from an empty store:
 * `reset` is called before each test when given, otherwise a new store is made (and the previous one closed).
 *
 * @example portContract("MemoryStore", async () => ({ layer: MemoryStore.layer }))
 */
export const portContract = (name: string, makeStore: () => Promise<ContractStore>): void => {
  describe(`storage port contract: ${name}`, () => {
    const test = useContractStore(makeStore)
    organisationRepoRecords(test)
    outletQueries(test)
    userRepoRecords(test)
    userQueries(test)
    sessionRepo(test)
    signInLog(test)
    companyRepo(test)
    datasetRepo(test)
    settingsRepo(test)
    contactRepo(test)
    auditLog(test)
    advisorProductRepo(test)
    leases(test)
    marketingRepo(test)
    focusRepo(test)
    exportTaskRepo(test)
    stagingStore(test)
    throttleStore(test)
  })
}
