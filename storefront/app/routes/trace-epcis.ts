/**
 * `/01/{gtin}/10/{lot}/epcis`: a published batch's events as an EPCIS 2.0 JSON-LD document
 * (the gs1:traceability link of the resolver), from the store API.
 */
import type { Route } from "./+types/trace-epcis"
import { fetchEpcis } from "~/lib/trace.server"

export async function loader({ params }: Route.LoaderArgs) {
  const upstream = await fetchEpcis(params.gtin, params.lot)
  const body = await upstream.text()
  if (upstream.ok) {
    return new Response(body, {
      status: 200,
      headers: {
        "Content-Type": "application/ld+json; charset=utf-8",
        "Cache-Control": "public, max-age=300",
        "Access-Control-Allow-Origin": "*",
        Vary: "Accept",
      },
    })
  }
  const status = [400, 404, 410].includes(upstream.status) ? upstream.status : 502
  return new Response(body || JSON.stringify({ type: "unavailable", message: "The EPCIS document is unavailable" }), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  })
}
