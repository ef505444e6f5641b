import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { clientAddress, refuse, spendBudget } from "../../../../lib/rate-limit"
import { queueScan } from "../../../../lib/trace/scan-queue"
import { isScanReporter } from "../../../../lib/trace/scan-reporters"
import { budgets } from "../../../rate-limits"
import type { StoreTraceScans } from "../validators"

// A malformed TRACE_SCAN_REPORTERS stops the start here, naming the variable, not at the first scan.
isScanReporter("127.0.0.1")

/**
 * Counts resolves of labels. The storefront reports the scans of a second at once, each
 * with the coarse place its proxy reported and the visitor's address. Each scan spends one
 * of its visitor's scan budget (RATE_LIMIT_TRACE_SCANS): the visitor named in the scan when
 * the caller is a storefront server (lib/trace/scan-reporters.ts), the caller otherwise.
 * A scan past its budget is not counted. Counted rows are queued and written with the
 * others within a second (lib/trace/scan-queue.ts). 201 with how many were counted and
 * how many were over budget; 429 when none could be counted.
 */
export const POST = async (req: MedusaStoreRequest<StoreTraceScans>, res: MedusaResponse) => {
  const { scans } = req.validatedBody as StoreTraceScans
  const trusted = isScanReporter(req.socket?.remoteAddress)
  const caller = clientAddress(req)
  let recorded = 0
  let wait = 0
  for (const { visitor, ...scan } of scans) {
    const spent = await spendBudget(req, "trace_scan", budgets.trace_scan, (trusted && visitor) || caller)
    if (!spent.allowed) {
      wait = Math.max(wait, spent.resetInMs)
      continue
    }
    queueScan(req.scope, { ...scan, country: scan.country?.toUpperCase() ?? null })
    recorded++
  }
  if (!recorded) return refuse(res, "trace_scan", wait)
  res.status(201).json({ recorded, over_budget: scans.length - recorded })
}
