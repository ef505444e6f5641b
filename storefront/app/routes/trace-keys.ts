/**
 * `/.well-known/ocop-trace-keys.json`: the public keys (a JWK set) that verify signed
 * batch records, from `GET /store/trace/keys`. Anyone can check a record without us.
 */
import type { Route } from "./+types/trace-keys"
import { fetchTraceKeys } from "~/lib/trace.server"

export async function loader(_: Route.LoaderArgs) {
  const upstream = await fetchTraceKeys()
  if (!upstream.ok) {
    await upstream.body?.cancel()
    return Response.json({ type: "unavailable", message: "The signing keys are unavailable right now" }, { status: 502, headers: { "Cache-Control": "no-store" } })
  }
  const body = await upstream.text()
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "public, max-age=3600",
      "Access-Control-Allow-Origin": "*",
    },
  })
}
