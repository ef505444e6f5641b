/**
 * `/tim-kiem/goi-y?q=…`: the header search box's suggestions, as JSON. A resource
 * route so the browser never talks to the backend and the publishable key stays on
 * the server. Fewer than two characters, or a backend that fails, give no suggestions.
 */
import type { Route } from "./+types/search-suggest"
import { suggestProducts } from "~/lib/catalog.server"
import { MIN_SUGGEST_LENGTH, normalizeQuery, type SuggestResponse } from "~/lib/search"

const NONE: SuggestResponse = { suggestions: [], did_you_mean: null }

export async function loader({ request }: Route.LoaderArgs) {
  const q = normalizeQuery(new URL(request.url).searchParams.get("q"))
  const headers = { "Cache-Control": "public, max-age=60", "X-Robots-Tag": "noindex" }
  if (q.length < MIN_SUGGEST_LENGTH) return Response.json(NONE, { headers })
  try {
    const { suggestions, did_you_mean } = await suggestProducts(q)
    return Response.json(
      {
        suggestions: suggestions.map(({ title, handle, thumbnail, highlight }) => ({ title, handle, thumbnail, highlight: highlight ?? null })),
        did_you_mean: did_you_mean ?? null,
      } satisfies SuggestResponse,
      { headers },
    )
  } catch (error) {
    console.error(`suggestions for "${q}" failed:`, error instanceof Error ? error.message : error)
    return Response.json(NONE, { status: 502, headers: { "Cache-Control": "no-store", "X-Robots-Tag": "noindex" } })
  }
}
