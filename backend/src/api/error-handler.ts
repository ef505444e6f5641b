/**
 * The backend's error answers. Medusa's own handler decides the status and message; in
 * production an answer of 500 or more says only that something went wrong on our side
 * (the details — a database message, a file path, a stack — go to the log, never to the
 * client), and every answer carries nothing but `type`, `code` and `message`. A body
 * Express could not read (not JSON, too large, an unknown charset) is answered in words.
 */
import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"

export const SERVER_FAULT_MESSAGE = "Something went wrong on our side. Please try again in a moment; if it keeps happening, contact the marketplace."

type Body = { type?: unknown; code?: unknown; message?: unknown }

/** What a production client may see of an error answer. */
export function publicErrorBody(status: number, body: Body): Body {
  if (status >= 500) return { type: "unknown_error", code: "unknown_error", message: SERVER_FAULT_MESSAGE }
  const { type, code, message } = body ?? {}
  return { type, code, message: typeof message === "string" ? message : undefined }
}

/** Express's body-parser errors, said plainly: which rule the body broke. */
function unreadableBody(err: any): { status: number; message: string } | undefined {
  switch (err?.type) {
    case "entity.parse.failed":
      return { status: 400, message: `The request body is not valid JSON (${err.message}). Send an object such as {"email": "lan@example.vn"}.` }
    case "entity.too.large":
      return { status: 413, message: `The request body is too large: at most ${Math.floor(Number(err.limit) / 1024)} kB are accepted here.` }
    case "charset.unsupported":
    case "encoding.unsupported":
      return { status: 415, message: "The request body's character set or encoding is not supported: send UTF-8 JSON." }
  }
  return undefined
}

export function marketplaceErrorHandler(isProduction = process.env.NODE_ENV === "production") {
  const medusaHandler = errorHandler()
  return function marketplaceErrorHandler(err: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    if (isProduction) {
      const json = res.json.bind(res)
      res.json = ((body: Body) => json(publicErrorBody(res.statusCode, body))) as typeof res.json
    }
    const unreadable = unreadableBody(err)
    if (unreadable) {
      res.status(unreadable.status).json({ type: "invalid_data", message: unreadable.message })
      return
    }
    return medusaHandler(err as any, req, res, next)
  }
}
