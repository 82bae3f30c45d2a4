/** Test helpers for code built on core: partial stubs and a fast fake Crypto. */
export { FakeCrypto } from "./FakeCrypto.js"
export { stub } from "./stub.js"
