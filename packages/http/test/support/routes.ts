/**
 * The route table of validation, fuzz and OpenAPI tests; its entries live in ./routes/, one file per route family.
 */
export * from "./routes/index.js"
