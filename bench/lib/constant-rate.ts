/**
 * An open-model load at a constant rate: request i is due at start + i / rate, sent at that
 * moment whatever the earlier ones are doing (up to `maxInFlight` open at once), and its
 * latency is counted from when it was due, not from when a free connection sent it. So a
 * server that falls behind shows it in the latency instead of being offered less work
 * ("coordinated omission"), and requests arrive spread over each second, as scans from many
 * phones do. autocannon's `overallRate` sends each connection's share of a second at the
 * start of that second, so its latencies measure how a burst drains, not a steady rate.
 */
import http from "node:http"
import { summarize, type Measured, type Scenario } from "./measure.ts"

export async function constantRate(scenario: Scenario, options: { rate: number; seconds: number; warmup: number; maxInFlight?: number }): Promise<Measured> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.maxInFlight ?? 256 })
  try {
    if (options.warmup > 0) await run(scenario, agent, { ...options, seconds: options.warmup })
    return await run(scenario, agent, options)
  } finally {
    agent.destroy()
  }
}

function run(scenario: Scenario, agent: http.Agent, options: { rate: number; seconds: number; maxInFlight?: number }): Promise<Measured> {
  const maxInFlight = options.maxInFlight ?? 256
  const total = Math.round(options.rate * options.seconds)
  const latencies: number[] = []
  const status = { "2xx": 0, "3xx": 0, "4xx": 0, "5xx": 0 }
  let bytes = 0
  let errors = 0
  let timeouts = 0
  let sent = 0
  let done = 0
  let inFlight = 0
  const start = performance.now()
  const url = new URL(scenario.base)

  return new Promise((resolve) => {
    const finish = () => {
      clearInterval(ticker)
      resolve(summarize(scenario.name, { connections: maxInFlight, rate: options.rate, seconds: options.seconds }, { latencies, bytes, status, errors, timeouts }))
    }
    const settle = () => {
      inFlight--
      if (++done === total) finish()
    }
    const send = (dueAt: number) => {
      inFlight++
      const body = scenario.body?.()
      const request = http.request(
        { agent, host: url.hostname, port: url.port, method: scenario.method ?? "GET", path: scenario.path(), headers: { ...scenario.headers, ...(body ? { "content-length": Buffer.byteLength(body) } : {}) }, timeout: 20_000 },
        (response) => {
          response.on("data", (chunk: Buffer) => (bytes += chunk.length))
          response.on("end", () => {
            latencies.push(performance.now() - dueAt)
            const kind = `${Math.floor((response.statusCode ?? 0) / 100)}xx` as keyof typeof status
            if (kind in status) status[kind]++
            settle()
          })
        }
      )
      request.on("timeout", () => {
        timeouts++
        request.destroy(new Error("timeout"))
      })
      request.on("error", () => {
        errors++
        settle()
      })
      request.end(body)
    }
    // Every millisecond, send what has fallen due (each with its own due time).
    const ticker = setInterval(() => {
      const due = Math.min(total, Math.floor(((performance.now() - start) * options.rate) / 1000))
      while (sent < due && inFlight < maxInFlight) send(start + (sent++ * 1000) / options.rate)
    }, 1)
  })
}
