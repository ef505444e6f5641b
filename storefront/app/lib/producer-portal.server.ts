/**
 * The producer portal's calls to the backend's `/producer/*` and `/auth/producer/*` routes
 * (docs/producer-api.md), made from loaders and actions with the member's bearer token,
 * which lives in the portal's http-only cookie and never reaches the browser's scripts.
 */
import { redirect } from "react-router"
import { isSecureRequest } from "./cookies"
import { requestLang, translator } from "./i18n"
import { picturesProblem } from "./producer-listing"
import { serverEnv } from "./env.server"
import { readAnswer, type Answer } from "./backend-answer.server"
import { visitorHeaders } from "./visitor.server"
import { clearPortalSessionCookies, portalSessionCookies, readPortalToken, type PortalProduct } from "./producer-portal"

export type BackendError = { type?: string; code?: string; message?: string; [key: string]: unknown }
export type BackendAnswer<T> = Answer<T, BackendError>

type CallOptions = {
  token?: string | null
  json?: unknown
  form?: FormData
  query?: Record<string, string | number | undefined>
  /** The visitor's request: its address goes to the backend, whose rate limits count per visitor. */
  visitor?: Request
}

/** One call to the backend; the body of an error answer is kept for the page to show. */
export async function backendCall<T>(method: "GET" | "POST" | "DELETE", path: string, options: CallOptions = {}): Promise<BackendAnswer<T>> {
  const url = new URL(path, serverEnv().MEDUSA_BACKEND_URL)
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined && value !== "") url.searchParams.set(key, String(value))
  }
  const headers: Record<string, string> = { accept: "application/json", ...(options.visitor ? visitorHeaders(options.visitor) : {}) }
  if (options.token) headers.authorization = `Bearer ${options.token}`
  let body: BodyInit | undefined
  if (options.form) body = options.form
  else if (options.json !== undefined) {
    headers["content-type"] = "application/json"
    body = JSON.stringify(options.json)
  }
  let response: Response
  try {
    response = await fetch(url, { method, headers, body })
  } catch {
    // The backend is not answering (restarting, unreachable): the page says so in its own words.
    return { ok: false, status: 503, body: {} }
  }
  return readAnswer<T, BackendError>(response)
}

// --- Logging in ---------------------------------------------------------------------

/**
 * `POST /auth/producer/emailpass`: a token for this email and password, or the backend's refusal
 * (429 once this visitor has spent its sign-in budget).
 */
export function loginProducer(email: string, password: string, visitor: Request) {
  return backendCall<{ token: string }>("POST", "/auth/producer/emailpass", { json: { email, password }, visitor })
}

/** `POST /auth/producer/emailpass/register`: a token for a new login (not yet a member of any producer). */
export function registerLogin(email: string, password: string, visitor: Request) {
  return backendCall<{ token: string }>("POST", "/auth/producer/emailpass/register", { json: { email, password }, visitor })
}

/**
 * A token for a login that is not a member yet: a new one, or the existing login when the
 * email is already registered without a member (a first attempt that stopped half-way).
 */
export async function loginForJoining(email: string, password: string, visitor: Request): Promise<BackendAnswer<{ token: string }>> {
  const registered = await registerLogin(email, password, visitor)
  if (registered.ok || registered.status !== 401) return registered
  return loginProducer(email, password, visitor)
}

function setCookies(values: string[]): Headers {
  const headers = new Headers()
  for (const value of values) headers.append("Set-Cookie", value)
  return headers
}

/** Headers that keep the member logged in to the portal. */
export function sessionHeaders(request: Request, token: string): Headers {
  return setCookies(portalSessionCookies(token, isSecureRequest(request)))
}

export function logoutHeaders(request: Request): Headers {
  return setCookies(clearPortalSessionCookies(isSecureRequest(request)))
}

// --- Pages behind the login ------------------------------------------------------------

export type Member = { id: string; email: string; name: string; role: "owner" | "staff"; created_at: string }
export type PortalProducer = {
  id: string
  handle: string
  name: string
  legal_form: string
  status: "pending" | "approved" | "suspended"
  status_reason: string | null
  province: string | null
  commune: string | null
  street: string | null
  phone: string | null
  email: string | null
  verified: boolean
}
export type Me = { member: Member; producer: PortalProducer }

function loginRedirect(request: Request, clear: boolean): Response {
  const url = new URL(request.url)
  const next = `${url.pathname}${url.search}`
  const target = next === "/producer" ? "/producer/login" : `/producer/login?next=${encodeURIComponent(next)}`
  return redirect(target, clear ? { headers: logoutHeaders(request) } : undefined)
}

/** The member's token from the cookie; a redirect to the login page when there is none. */
export function portalToken(request: Request): string {
  const token = readPortalToken(request.headers.get("Cookie"))
  if (!token) throw loginRedirect(request, false)
  return token
}

/**
 * A call for a logged-in page: a login that expired → the login page; a producer not yet
 * approved (or suspended) → the status page; another producer's record or a missing one → 404.
 * Other refusals come back for the page to show (a 400's message next to the form).
 */
export async function portalCall<T>(request: Request, method: "GET" | "POST" | "DELETE", path: string, options: Omit<CallOptions, "token"> = {}): Promise<BackendAnswer<T>> {
  const answer = await backendCall<T>(method, path, { ...options, token: portalToken(request) })
  if (answer.ok) return answer
  if (answer.status === 401) throw loginRedirect(request, true)
  if (answer.status === 403 && answer.body.code === "producer_not_approved") throw redirect("/producer/status")
  if (answer.status === 404) throw new Response(answer.body.message ?? "Not found", { status: 404 })
  return answer
}

/** A read that must succeed (loaders): anything but the cases above is an error page. */
export async function portalGet<T>(request: Request, path: string, query?: CallOptions["query"]): Promise<T> {
  const answer = await portalCall<T>(request, "GET", path, { query })
  if (!answer.ok) throw new Error(`GET ${path}: ${answer.status} ${answer.body.message ?? ""}`)
  return answer.body
}

/** Who is logged in (allowed while the producer waits for approval). */
export async function loadMe(request: Request): Promise<Me> {
  const answer = await backendCall<Me>("GET", "/producer/me", { token: portalToken(request) })
  if (answer.ok) return answer.body
  if (answer.status === 401 || answer.status === 404) throw loginRedirect(request, true)
  throw new Error(`GET /producer/me: ${answer.status} ${answer.body.message ?? ""}`)
}

/** The message of a refusal, for the form (the backend's own words; they name the field). */
export function refusalMessage(answer: { body: BackendError }, fallback: string): string {
  // Medusa prefixes a validation failure with "Invalid request: "; the rest names the field.
  const message = typeof answer.body.message === "string" ? answer.body.message.replace(/^Invalid request:\s*/i, "").trim() : ""
  return message || fallback
}

// --- Pictures -------------------------------------------------------------------------

/** The files a person chose in a form's `files` input (an empty input sends one empty part). */
export function chosenFiles(form: FormData): File[] {
  return form.getAll("files").filter((f): f is File => typeof f !== "string" && f.size > 0)
}

export type UploadedImage = { url: string; width: number; height: number; sizes: { width: number; url: string }[] }

/**
 * `POST /producer/uploads`: the backend checks each picture (type from its content, size,
 * count), turns it into WebP at three widths and answers their addresses. The same limits are
 * checked here first, to refuse in the person's language without sending 8 MB for nothing.
 */
export async function uploadImages(request: Request, files: File[]): Promise<BackendAnswer<{ images: UploadedImage[] }>> {
  const t = translator(requestLang(request))
  const heads = await Promise.all(files.map(async (f) => ({ size: f.size, head: new Uint8Array(await f.slice(0, 12).arrayBuffer()) })))
  const problem = picturesProblem(heads)
  if (problem) return { ok: false, status: 400, body: { message: t(problem) } }
  const form = new FormData()
  for (const file of files) form.append("files", file, file.name || "picture")
  return portalCall<{ images: UploadedImage[] }>(request, "POST", "/producer/uploads", { form })
}

/** The producer's products as choices for a form (a livestream's featured product). */
export async function ownProductChoices(request: Request): Promise<{ id: string; title: string }[]> {
  const { products } = await portalGet<{ products: PortalProduct[] }>(request, "/producer/products", { limit: 100 })
  return products.map((p) => ({ id: p.id, title: p.title }))
}
