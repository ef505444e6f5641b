/**
 * Label scans are reported to the backend in batches: a page view queues its scan
 * here and returns at once; the queue is sent as one request (`POST /store/trace/scans`)
 * at most `intervalMs` after its first scan, or as soon as it holds `maxPerReport`.
 * Each scan carries its visitor's address, so the backend counts every visitor's scan
 * budget apart although all of them arrive from this server. A report the backend
 * could not take (unreachable, 5xx) is sent again with the next one; beyond
 * `maxQueued` unsent scans (the backend is down) the oldest are dropped. A storefront
 * that stops loses the scans of its last interval: scans are statistics, and a page
 * never waits for them.
 */
import type { ScanReport } from "./scan"

export type QueuedScan = ScanReport & { visitor?: string }

/** Sends one report; resolves to the backend's status, or throws when it could not be reached. */
export type SendScans = (scans: QueuedScan[]) => Promise<number>

export type ScanOutbox = {
  /** Queues one scan for the next report. */
  add(scan: QueuedScan): void
  /** Sends everything queued now (tests, shutdown); resolves when the reports are answered. */
  flush(): Promise<void>
  readonly queued: number
}

export function createScanOutbox({
  send,
  intervalMs = 1_000,
  maxPerReport = 500,
  maxQueued = 20_000,
  onError = () => {},
}: {
  send: SendScans
  intervalMs?: number
  maxPerReport?: number
  maxQueued?: number
  onError?: (message: string) => void
}): ScanOutbox {
  let queue: QueuedScan[] = []
  let timer: ReturnType<typeof setTimeout> | null = null
  let sending: Promise<void> | null = null

  function schedule() {
    if (timer || !queue.length) return
    timer = setTimeout(() => {
      timer = null
      void flush()
    }, intervalMs)
    timer.unref?.()
  }

  async function sendAll() {
    while (queue.length) {
      const report = queue.slice(0, maxPerReport)
      queue = queue.slice(report.length)
      let status: number
      try {
        status = await send(report)
      } catch (error) {
        status = 0
        onError(`Scan report not sent, kept for the next one: ${(error as Error).message}`)
      }
      if (status === 0 || status >= 500) {
        // Unreachable or failing: keep the scans (the oldest first) and stop until the next interval.
        queue = [...report, ...queue]
        if (queue.length > maxQueued) queue = queue.slice(queue.length - maxQueued)
        return
      }
      // 2xx counted them; 429 means every visitor in it was over budget; another 4xx will not change on a retry.
      if (status >= 400 && status !== 429) onError(`Scan report refused with ${status}; ${report.length} scans dropped`)
    }
  }

  async function flush(): Promise<void> {
    while (sending) await sending
    if (timer) {
      clearTimeout(timer)
      timer = null
    }
    sending = sendAll().finally(() => {
      sending = null
      schedule()
    })
    await sending
  }

  return {
    add(scan) {
      queue.push(scan)
      if (queue.length > maxQueued) queue.shift()
      if (queue.length >= maxPerReport && !sending) void flush()
      else schedule()
    },
    flush,
    get queued() {
      return queue.length
    },
  }
}
