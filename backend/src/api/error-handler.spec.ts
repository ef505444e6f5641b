import { MedusaError } from "@medusajs/framework/utils"
import { marketplaceErrorHandler, SERVER_FAULT_MESSAGE } from "./error-handler"

/** Runs the handler on one error as Express would, and answers the status and body sent. */
function answer(error: unknown, isProduction: boolean) {
  const sent: { status?: number; body?: any } = {}
  const logged: unknown[] = []
  const logger = { error: (...a: unknown[]) => logged.push(a), info: () => {}, warn: () => {} }
  const req: any = { path: "/store/example", scope: { resolve: () => logger } }
  const res: any = {
    statusCode: 200,
    status(code: number) {
      this.statusCode = code
      sent.status = code
      return this
    },
    json(body: unknown) {
      sent.body = body
      return this
    },
  }
  marketplaceErrorHandler(isProduction)(error, req, res, () => {})
  return { ...sent, text: JSON.stringify(sent.body), logged }
}

/** An error as a failing query would throw it, with a database message and a stack. */
function databaseFault() {
  const error = new MedusaError(MedusaError.Types.DB_ERROR, 'relation "producer" does not exist at /srv/ocop/backend/src/modules/ocop/service.ts:42')
  error.stack = `Error: relation "producer" does not exist\n    at ProducerService.list (/srv/ocop/backend/src/modules/ocop/service.ts:42:11)`
  return error
}

describe("error answers in production", () => {
  it("hide a server fault's message and stack, and still log them", () => {
    const { status, body, text, logged } = answer(databaseFault(), true)
    expect(status).toBe(500)
    expect(body).toEqual({ type: "unknown_error", code: "unknown_error", message: SERVER_FAULT_MESSAGE })
    expect(text).not.toMatch(/relation|\/srv\/|service\.ts|\bat /)
    expect(JSON.stringify(logged)).toMatch(/relation/)
  })

  it("hide a thrown programming error too", () => {
    const { status, text } = answer(new TypeError("Cannot read properties of undefined (reading 'id')"), true)
    expect(status).toBe(500)
    expect(text).not.toMatch(/Cannot read|TypeError|\bat /)
  })

  it("keep a client error's message, which tells the person what to fix", () => {
    const { status, body } = answer(new MedusaError(MedusaError.Types.NOT_FOUND, "No producer with the handle htx-khong-co."), true)
    expect(status).toBe(404)
    expect(body).toEqual({ type: "not_found", code: undefined, message: "No producer with the handle htx-khong-co." })
  })

  it("answer malformed JSON with 400 and no parser internals", () => {
    let parseError: any
    try {
      JSON.parse("{\"email\": ")
    } catch (e) {
      parseError = Object.assign(e as Error, { status: 400, statusCode: 400, expose: true, type: "entity.parse.failed" })
    }
    const { status, body, text } = answer(parseError, true)
    expect(status).toBe(400)
    expect(body.message).toMatch(/^The request body is not valid JSON \(.+\)\. Send an object/)
    expect(text).not.toMatch(/node_modules|\n/)
  })
})

it("answers a body over the limit with 413 in words", () => {
  const tooLarge = Object.assign(new Error("request entity too large"), { status: 413, statusCode: 413, expose: true, type: "entity.too.large", limit: 102400 })
  const { status, body } = answer(tooLarge, false)
  expect(status).toBe(413)
  expect(body.message).toBe("The request body is too large: at most 100 kB are accepted here.")
})

describe("error answers in development", () => {
  it("are Medusa's own, which name a database fault for the developer", () => {
    const { status, body } = answer(databaseFault(), false)
    expect(status).toBe(500)
    expect(body.message).toMatch(/relation "producer" does not exist/)
  })
})
