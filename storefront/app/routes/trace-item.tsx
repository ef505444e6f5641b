/**
 * `/01/{gtin}` (and `/01/{gtin}/21/{serial}`): a product by its GTIN, where an unknown lot
 * walks up to. Product, producer, OCOP status, the published batches and a buy link, as a
 * light HTML page; the GS1 linkset for machines. 404 for an unknown GTIN, 400 for one no
 * label could hold.
 */
import { Link, data } from "react-router"
import type { Route } from "./+types/trace-item"
import type { RouteHandle } from "~/root"
import { BuyAgain, OcopSection, ProducerSection, ProductSummary } from "~/components/trace"
import { TraceErrorPage, traceErrorMeta, traceHeaders } from "~/components/trace-error"
import { formatDate, isoDate } from "~/lib/dates"
import { translator } from "~/lib/i18n"
import { anchorOf, buildLinkset, linkHeader, linksetUrlOf, machineRequest } from "~/lib/linkset"
import { tracePath } from "~/lib/paths"
import { machineAnswer } from "~/lib/resolver.server"
import type { BatchSummary } from "~/lib/trace"
import { resolveItem } from "~/lib/trace.server"
import { langFromMatches, useT } from "~/lib/use-lang"

export const handle: RouteHandle = { chrome: "light" }

export const middleware: Route.MiddlewareFunction[] = [
  async ({ request, params }) => {
    const wanted = machineRequest(request.headers.get("accept"), new URL(request.url))
    if (!wanted) return undefined
    return machineAnswer(await resolveItem(params.gtin), request, wanted)
  },
]

export async function loader({ request, params }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const resolution = await resolveItem(params.gtin)
  if (resolution.kind === "invalid") throw data({ reason: "invalid" as const, message: resolution.message }, { status: 400 })
  if (resolution.kind !== "found") throw data({ reason: "unknown_gtin" as const, gtin: params.gtin }, { status: 404 })
  const { item, batches } = resolution.body
  const linkset = buildLinkset({ anchor: anchorOf(url), origin: url.origin, item })
  return data({ item, batches, serial: params.serial ?? null }, { headers: { Link: linkHeader(linkset, linksetUrlOf(url)) } })
}

export const headers: Route.HeadersFunction = (args) => traceHeaders(args)

function BatchList({ gtin, batches }: { gtin: string; batches: BatchSummary[] }) {
  const t = useT()
  return (
    <section aria-labelledby="batches-heading" className="rounded-2xl border border-stone-200 bg-white p-4">
      <h2 id="batches-heading" className="text-lg font-semibold">
        {t("trace.item.batches")}
      </h2>
      <p className="mt-1 text-sm text-stone-700">{t("trace.item.lead")}</p>
      {batches.length === 0 ? (
        <p className="mt-3 text-sm text-stone-700">{t("trace.item.noBatches")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-stone-100">
          {batches.map((batch) => (
            <li key={batch.lot}>
              <Link to={tracePath(gtin, batch.lot)} reloadDocument className="flex min-h-12 flex-wrap items-center gap-x-3 gap-y-1 py-2 hover:text-brand-700">
                <span className="font-semibold text-brand-700 underline">
                  {t("trace.lot")} <span className="font-mono">{batch.lot}</span>
                </span>
                <span className="text-sm text-stone-600">
                  <time dateTime={isoDate(batch.production_date)}>{t("trace.item.produced", { date: formatDate(batch.production_date) })}</time>
                  {batch.expiry_date && (
                    <>
                      {" · "}
                      <time dateTime={isoDate(batch.expiry_date)}>{t("trace.item.expires", { date: formatDate(batch.expiry_date) })}</time>
                    </>
                  )}
                </span>
                {batch.status === "withdrawn" && (
                  <span className="rounded-full bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-800">{t("trace.item.withdrawn")}</span>
                )}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

export default function TraceItemPage({ loaderData }: Route.ComponentProps) {
  const { item, batches, serial } = loaderData
  const t = useT()
  return (
    <div className="mx-auto max-w-2xl space-y-4 px-4 py-4">
      <p className="text-sm font-medium text-stone-600">{t("trace.kicker")}</p>
      <ProductSummary item={item} serial={serial} />
      <ProducerSection item={item} />
      <OcopSection item={item} />
      <BatchList gtin={item.gtin} batches={batches} />
      <BuyAgain item={item} />
    </div>
  )
}

export function meta({ data, matches, error }: Route.MetaArgs) {
  const t = translator(langFromMatches(matches))
  if (error || !data) return traceErrorMeta(t, error)
  return [
    { title: `${t("trace.item.meta.title", { product: data.item.product.title })} – ${t("site.name")}` },
    { name: "robots", content: "noindex" },
  ]
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <TraceErrorPage error={error} />
}
