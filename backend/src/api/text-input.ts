/**
 * Every JSON body and query of the Store, Admin and producer APIs is read as NFC text, and a
 * request holding a NUL character (in its body, query or path) is refused with 400 naming
 * where (backend/src/lib/text-input.ts); so is a path that is not valid percent-encoding.
 * Sign-in routes are only checked for NUL: a password is compared exactly as it was set.
 * Spread into backend/src/api/middlewares.ts.
 */
import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { findNulCharacter, toNfc } from "../lib/text-input"

/** The request's path as its route reads it (params decoded); null when it cannot be decoded. */
function decodedPath(req: MedusaRequest): string | null {
  try {
    return decodeURIComponent((req.originalUrl ?? req.url).split("?")[0])
  } catch {
    return null
  }
}

function refuseNul(req: MedusaRequest, res: MedusaResponse): boolean {
  const path = decodedPath(req)
  const field = (path === null || path.includes("\u0000") ? "The address" : undefined) ?? findNulCharacter(req.body) ?? findNulCharacter(req.query)
  if (!field) return false
  res.status(400).json({ type: "invalid_data", message: `${field} contains a NUL character (U+0000), which text cannot hold: remove it and send again.` })
  return true
}

function nfcText(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (refuseNul(req, res)) return
  if (req.body && typeof req.body === "object") req.body = toNfc(req.body)
  if (req.query && typeof req.query === "object") req.query = toNfc(req.query)
  next()
}

function noNul(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (!refuseNul(req, res)) next()
}

export const textInputMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store*", middlewares: [nfcText] },
  { matcher: "/admin*", middlewares: [nfcText] },
  { matcher: "/producer*", middlewares: [nfcText] },
  { matcher: "/auth*", middlewares: [noNul] },
]
