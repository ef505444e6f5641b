/**
 * One load scenario against the running stack with autocannon: a warm-up, then
 * a measured run, every response's latency kept (so p50/p95/p99 are exact,
 * not read off a coarse histogram) and every status counted.
 */
import http from "node:http"
import autocannon from "autocannon"

export type Scenario = {
  name: string
  /** Origin, e.g. http://127.0.0.1:8710 */
  base: string
  /** The next request's path (called once per request, so requests spread over many products, lots or carts). */
  path: () => string
  method?: "GET" | "POST"
  body?: () => string
  headers?: Record<string, string>
}

export type Stats = { n: number; mean: number; p50: number; p95: number; p99: number; max: number }

export type Measured = {
  name: string
  connections: number
  /** The fixed rate asked for, when there was one. */
  target_rate: number | null
  seconds: number
  requests: number
  rps: number
  latency_ms: Stats
  bytes_per_response: number
  status: { "2xx": number; "3xx": number; "4xx": number; "5xx": number }
  errors: number
  timeouts: number
}

export type Status = Measured["status"]

/** One run's figures from every response's latency and size. */
export function summarize(
  name: string,
  run: { connections: number; rate: number | null; seconds: number },
  seen: { latencies: number[]; bytes: number; status: Status; errors: number; timeouts: number }
): Measured {
  const s = stats(seen.latencies)
  return {
    name,
    connections: run.connections,
    target_rate: run.rate,
    seconds: run.seconds,
    requests: s.n,
    rps: Math.round((s.n / run.seconds) * 10) / 10,
    latency_ms: s,
    bytes_per_response: s.n ? Math.round(seen.bytes / s.n) : 0,
    status: seen.status,
    errors: seen.errors,
    timeouts: seen.timeouts,
  }
}

export function stats(samples: number[]): Stats {
  if (!samples.length) return { n: 0, mean: 0, p50: 0, p95: 0, p99: 0, max: 0 }
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
  const round = (x: number) => Math.round(x * 10) / 10
  return {
    n: sorted.length,
    mean: round(sorted.reduce((s, x) => s + x, 0) / sorted.length),
    p50: round(at(50)),
    p95: round(at(95)),
    p99: round(at(99)),
    max: round(sorted[sorted.length - 1]),
  }
}

function fire(scenario: Scenario, options: { seconds: number; connections: number; rate?: number }): Promise<Measured> {
  const latencies: number[] = []
  let bytes = 0
  const status = { "2xx": 0, "3xx": 0, "4xx": 0, "5xx": 0 }
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: scenario.base,
        connections: options.connections,
        duration: options.seconds,
        overallRate: options.rate,
        timeout: 20,
        headers: scenario.headers,
        requests: [
          {
            method: scenario.method ?? "GET",
            setupRequest: (request) => ({ ...request, path: scenario.path(), ...(scenario.body ? { body: scenario.body() } : {}) }),
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error)
        resolve(summarize(scenario.name, { connections: options.connections, rate: options.rate ?? null, seconds: options.seconds }, { latencies, bytes, status, errors: result.errors, timeouts: result.timeouts }))
      }
    )
    instance.on("response", (_client: unknown, code: number, resBytes: number, responseTime: number) => {
      latencies.push(responseTime)
      bytes += resBytes
      const kind = `${Math.floor(code / 100)}xx` as keyof typeof status
      if (kind in status) status[kind]++
    })
  })
}

/** Warm-up (discarded), then the measured run. */
export async function measure(scenario: Scenario, options: { warmup: number; seconds: number; connections: number; rate?: number }): Promise<Measured> {
  if (options.warmup > 0) await fire(scenario, { ...options, seconds: options.warmup })
  return fire(scenario, options)
}

/** Bytes on the wire for one GET (status line and headers included), asking for gzip or brotli as a browser does. */
export function transferSize(url: string, headers: Record<string, string> = {}): Promise<{ status: number; encoding: string | null; header_bytes: number; body_bytes: number; total_bytes: number }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { "accept-encoding": "gzip, deflate, br", ...headers } }, (response) => {
      let body = 0
      response.on("data", (chunk: Buffer) => (body += chunk.length))
      response.on("end", () => {
        const headerBytes = `HTTP/1.1 ${response.statusCode} ${response.statusMessage}\r\n`.length +
          response.rawHeaders.reduce((n, value, i) => n + value.length + (i % 2 === 0 ? 2 : 2), 0) + 2
        resolve({ status: response.statusCode ?? 0, encoding: (response.headers["content-encoding"] as string | undefined) ?? null, header_bytes: headerBytes, body_bytes: body, total_bytes: headerBytes + body })
      })
      response.on("error", reject)
    })
    request.on("error", reject)
  })
}

/** Cycles through a list forever. */
export function cycle<T>(items: readonly T[]): () => T {
  if (!items.length) throw new Error("Nothing to cycle through")
  let i = 0
  return () => items[i++ % items.length]
}
