/**
 * The GS1 Digital Link resolver's answers to machines (route middleware of
 * `/01/{gtin}` and `/01/{gtin}/10/{lot}`): the linkset, a redirect to one link
 * type, or the resolver's status with a short JSON reason.
 */
import { redirect } from "react-router"
import { anchorOf, buildLinkset, findLink, LINKSET_TYPE, type MachineRequest } from "./linkset"
import type { TraceBatch, TraceItem } from "./trace"
import type { Resolution } from "./trace.server"

const MACHINE_HEADERS = {
  Vary: "Accept",
  "Access-Control-Allow-Origin": "*",
  "Cache-Control": "public, max-age=60",
}

function problem(status: number, type: string, message: string): Response {
  return Response.json({ type, message }, { status, headers: { ...MACHINE_HEADERS, "Content-Type": "application/problem+json" } })
}

/** Where an unknown lot walks up to; a `?linkType=` goes along. */
function upTheTree(productPath: string, url: URL): Response {
  const linkType = url.searchParams.get("linkType")
  return redirect(linkType ? `${productPath}?linkType=${encodeURIComponent(linkType)}` : productPath, { status: 303, headers: { Vary: "Accept" } })
}

export function machineAnswer<T extends { item: TraceItem; batch?: TraceBatch }>(
  resolution: Resolution<T>,
  request: Request,
  wanted: MachineRequest,
): Response {
  const url = new URL(request.url)
  switch (resolution.kind) {
    case "unknown_lot":
      return upTheTree(resolution.productPath, url)
    case "unknown_gtin":
      return problem(404, "unknown_gtin", resolution.message || "No product on sale has this GTIN")
    case "invalid":
      return problem(400, "invalid_key", resolution.message || "This is not a valid GS1 Digital Link")
  }
  const { item, batch } = resolution.body
  const linkset = buildLinkset({ anchor: anchorOf(url), origin: url.origin, item, batch })
  if (wanted.kind === "link") {
    const link = findLink(linkset, wanted.type)
    if (link) return redirect(link.href, { status: 307, headers: { Vary: "Accept" } })
    // GS1: a link type the item does not have falls back to the default link (the page for people).
    const page = new URL(url)
    page.searchParams.delete("linkType")
    return redirect(`${page.pathname}${page.search}`, { status: 307 })
  }
  const contentType = wanted.contentType === LINKSET_TYPE ? LINKSET_TYPE : "application/json"
  return new Response(JSON.stringify(linkset), {
    status: resolution.status,
    headers: { ...MACHINE_HEADERS, "Content-Type": `${contentType}; charset=utf-8` },
  })
}
