/**
 * `/producer/trace/batches/:id/labels?copies=24`: the batch's printable A4 label sheet.
 * The backend's route needs the member's token, which only this server has, so the sheet
 * is fetched here and passed on as it is (HTML).
 */
import type { Route } from "./+types/batch-labels"
import { redirect } from "react-router"
import { serverEnv } from "~/lib/env.server"
import { portalToken } from "~/lib/producer-portal.server"

export async function loader({ request, params }: Route.LoaderArgs) {
  const token = portalToken(request)
  const copies = Math.min(240, Math.max(1, Math.floor(Number(new URL(request.url).searchParams.get("copies")) || 24)))
  const url = new URL(`/producer/batches/${encodeURIComponent(params.id)}/labels`, serverEnv().MEDUSA_BACKEND_URL)
  url.searchParams.set("copies", String(copies))
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}`, accept: "text/html" } })
  if (response.status === 401) throw redirect(`/producer/login?next=${encodeURIComponent(`/producer/trace/batches/${params.id}`)}`)
  if (response.status === 404) throw new Response("Not found", { status: 404 })
  if (response.status === 403) throw redirect("/producer/status")
  if (!response.ok) throw new Response(`The label sheet could not be made (${response.status})`, { status: response.status })
  return new Response(response.body, {
    headers: { "Content-Type": response.headers.get("content-type") ?? "text/html; charset=utf-8", "Cache-Control": "private, no-store" },
  })
}
