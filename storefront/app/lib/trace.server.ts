/**
 * The traceability store API (docs/traceability.md), server-side. The resolver's
 * answers are kept as outcomes rather than errors: the storefront turns each into
 * its own status (404, 400 "invalid code", 303 up to the product, 410 recalled).
 */
import type { BatchResolution, ItemResolution } from "./trace"
import type { ScanReport } from "./scan"
import { serverEnv } from "./env.server"
import { visitorAddress } from "./visitor.server"
import { createTtlCache } from "./ttl-cache"
import { createScanOutbox } from "./scan-outbox.server"

export type Resolution<T> =
  | { kind: "found"; status: 200 | 410; body: T }
  /** The GTIN is on sale but has no published lot by that name: go up to the product. */
  | { kind: "unknown_lot"; productPath: string }
  | { kind: "unknown_gtin"; message: string }
  /** No label could hold this key (wrong check digit, illegal or overlong lot): the backend's reason. */
  | { kind: "invalid"; message: string }

const RESOLVE_TIMEOUT_MS = 10_000
/**
 * How long this server keeps the backend's answer for one GTIN (and lot) fresh. For
 * RESOLVE_CACHE_STALE_MS more it is still shown while one call in the background
 * fetches the new answer, so a scan never waits for the backend when the label was
 * scanned recently. A recall, a new event or a new scan count therefore shows on the
 * label's page never more than RESOLVE_CACHE_TTL_MS + RESOLVE_CACHE_STALE_MS after it
 * happened, and for a label scanned often about RESOLVE_CACHE_TTL_MS after.
 * Concurrent scans of one label share one backend call.
 */
export const RESOLVE_CACHE_TTL_MS = 15_000
export const RESOLVE_CACHE_STALE_MS = 15_000
const RESOLVE_CACHE_ENTRIES = 5_000
/** Background refreshes running at once, so answers going stale together do not become a wave of backend calls. */
const RESOLVE_CACHE_REFRESHES = 8
const resolutions = createTtlCache<Resolution<unknown>>({
  ttlMs: RESOLVE_CACHE_TTL_MS,
  staleMs: RESOLVE_CACHE_STALE_MS,
  maxEntries: RESOLVE_CACHE_ENTRIES,
  maxBackgroundLoads: RESOLVE_CACHE_REFRESHES,
})

/** Forgets the kept answers (tests). */
export function clearResolveCache(): void {
  resolutions.clear()
}
const SCAN_TIMEOUT_MS = 3_000

function storeRequest(path: string, init: RequestInit & { timeout?: number } = {}): Promise<Response> {
  const env = serverEnv()
  const headers = new Headers(init.headers)
  headers.set("x-publishable-api-key", env.MEDUSA_PUBLISHABLE_KEY)
  if (!headers.has("accept")) headers.set("accept", "application/json")
  return fetch(`${env.MEDUSA_BACKEND_URL.replace(/\/+$/, "")}${path}`, {
    ...init,
    headers,
    signal: AbortSignal.timeout(init.timeout ?? RESOLVE_TIMEOUT_MS),
  })
}

async function readJson(response: Response): Promise<Record<string, unknown>> {
  try {
    return (await response.json()) as Record<string, unknown>
  } catch {
    return {}
  }
}

const itemPath = (gtin: string) => `/store/trace/items/${encodeURIComponent(gtin)}`

async function resolve<T>(path: string, gtin: string): Promise<Resolution<T>> {
  const response = await storeRequest(path)
  const body = await readJson(response)
  const message = typeof body.message === "string" ? body.message : ""
  if (response.status === 200 || response.status === 410) return { kind: "found", status: response.status, body: body as T }
  if (response.status === 404 && body.type === "unknown_lot") {
    const up = typeof body.product_path === "string" && /^\/01\/\d{14}$/.test(body.product_path) ? body.product_path : `/01/${gtin}`
    return { kind: "unknown_lot", productPath: up }
  }
  if (response.status === 404) return { kind: "unknown_gtin", message }
  if (response.status === 400) return { kind: "invalid", message }
  throw new Error(`The trace API answered ${response.status} for ${path}: ${message || response.statusText}`)
}

/** The answer for `path`, kept as RESOLVE_CACHE_TTL_MS says (errors are never kept). */
function resolveKept<T>(path: string, gtin: string): Promise<Resolution<T>> {
  return resolutions.get(path, () => resolve<unknown>(path, gtin)) as Promise<Resolution<T>>
}

/** A batch by GTIN and lot (`/01/{gtin}/10/{lot}`), kept as RESOLVE_CACHE_TTL_MS says. */
export function resolveBatch(gtin: string, lot: string): Promise<Resolution<BatchResolution>> {
  return resolveKept<BatchResolution>(`${itemPath(gtin)}/lots/${encodeURIComponent(lot)}`, gtin)
}

/** A product by GTIN with its published batches (`/01/{gtin}`), kept as RESOLVE_CACHE_TTL_MS says. */
export function resolveItem(gtin: string): Promise<Resolution<ItemResolution>> {
  return resolveKept<ItemResolution>(itemPath(gtin), gtin)
}

const scanOutbox = createScanOutbox({
  async send(scans) {
    const response = await storeRequest("/store/trace/scans", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ scans }),
      timeout: SCAN_TIMEOUT_MS,
    })
    await response.body?.cancel()
    return response.status
  },
  onError: (message) => console.warn(message),
})

/**
 * Counts one resolve of a label. Never throws and never waits: the scan is queued and
 * reported with the others of the same second (scan-outbox.server.ts), with the visitor's
 * address so the backend's scan budget counts per visitor. Past a visitor's budget the
 * backend does not count the scan; the page is shown all the same.
 */
export function recordScan(scan: ScanReport, requestHeaders?: Headers): void {
  const visitor = requestHeaders && visitorAddress(requestHeaders)
  scanOutbox.add(visitor ? { ...scan, visitor } : scan)
}

/** Reports the queued scans now (tests and shutdown). */
export function flushScanReports(): Promise<void> {
  return scanOutbox.flush()
}

/** The batch's events as EPCIS 2.0 JSON-LD, as the backend answered (status and body). */
export function fetchEpcis(gtin: string, lot: string): Promise<Response> {
  return storeRequest(`${itemPath(gtin)}/lots/${encodeURIComponent(lot)}/epcis`, { headers: { accept: "application/ld+json, application/json" } })
}

/** The public keys that verify batch records (a JWK set). */
export function fetchTraceKeys(): Promise<Response> {
  return storeRequest("/store/trace/keys")
}
