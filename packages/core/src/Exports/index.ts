export * from "./ExportTypes.js"
