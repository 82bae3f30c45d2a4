export * from "./RecordBacking.js"
export * from "./RecordTable.js"
