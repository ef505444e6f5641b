/**
 * Which callers may report label scans on behalf of visitors. The storefront sends the
 * scans of many visitors in one request (POST /store/trace/scans), each with the visitor's
 * address, so each visitor spends a scan budget of its own. Only a caller whose connection
 * comes from one of these addresses is believed about its visitors; anyone else spends its
 * own budget for every scan it sends. The connection's address is used, not a forwarded
 * header, since a header can say anything.
 *
 * TRACE_SCAN_REPORTERS: comma-separated addresses or CIDR ranges of the storefront servers
 * (default: this machine only, 127.0.0.1 and ::1).
 */
import { BlockList, isIP } from "node:net"

const DEFAULT_REPORTERS = "127.0.0.1,::1"

/** The list of TRACE_SCAN_REPORTERS; throws a message naming the variable for a bad entry. */
export function parseReporters(text: string): BlockList {
  const list = new BlockList()
  for (const entry of text.split(",").map((e) => e.trim()).filter(Boolean)) {
    const [address, bits] = entry.split("/")
    const family = isIP(address)
    const prefix = bits === undefined ? (family === 6 ? 128 : 32) : Number(bits)
    if (!family || !Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32)) {
      throw new Error(`TRACE_SCAN_REPORTERS must list IP addresses or CIDR ranges separated by commas; "${entry}" is neither`)
    }
    list.addSubnet(address, prefix, family === 6 ? "ipv6" : "ipv4")
  }
  return list
}

let reporters: { text: string; list: BlockList } | undefined

/** True when a connection from `address` may speak for its visitors. */
export function isScanReporter(address: string | undefined): boolean {
  if (!address) return false
  const text = process.env.TRACE_SCAN_REPORTERS?.trim() || DEFAULT_REPORTERS
  if (reporters?.text !== text) reporters = { text, list: parseReporters(text) }
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1]
  if (mapped) return reporters.list.check(mapped, "ipv4")
  const family = isIP(address)
  return family !== 0 && reporters.list.check(address, family === 6 ? "ipv6" : "ipv4")
}
