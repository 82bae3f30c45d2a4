/** Test helpers for code built on core: partial stubs, a fast fake Crypto, and the storage-port contract suite. */
export { type ContractStore, portContract, type StorePorts } from "./contract/index.js"
export { FakeCrypto } from "./FakeCrypto.js"
export { stub } from "./stub.js"
