/**
 * The envelope codes of the API and the HTTP status each comes with (the table in the OpenAPI
 * document's description; a contract test keeps the two equal).
 */

export const ApiCodes = {
  ok: { code: 10000, status: 200 },
  invalidParameter: { code: 10001, status: 400 },
  notSignedIn: { code: 10002, status: 401 },
  invalidCredentials: { code: 10003, status: 401 },
  passwordChangeRequired: { code: 10005, status: 403 },
  forbidden: { code: 10006, status: 403 },
  notFound: { code: 10007, status: 404 },
  conflict: { code: 10008, status: 409 },
  noRoute: { code: 10404, status: 404 },
  methodNotAllowed: { code: 10405, status: 405 },
  updateRunning: { code: 30004, status: 409 },
  uploadRejected: { code: 30005, status: 422 },
  exportNotReady: { code: 30006, status: 409 },
  storageUnavailable: { code: 50003, status: 503 },
  internal: { code: 50000, status: 500 }
} as const

export type ApiCodeName = keyof typeof ApiCodes
/** A known envelope code (10000 … 50003). */
export type ApiCode = (typeof ApiCodes)[ApiCodeName]["code"]

/** The HTTP status a code is answered with (500 for an unknown code). */
export const statusOfCode = (code: number): number =>
  Object.values(ApiCodes).find((entry) => entry.code === code)?.status ?? 500
