export * from "./BulkFiles.js"
export * from "./Counters.js"
export * from "./RecordBacking.js"
export * from "./RecordTable.js"
