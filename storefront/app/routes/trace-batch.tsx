/**
 * `/01/{gtin}/10/{lot}[/21/{serial}][?17=YYMMDD]`: what a label's QR code opens.
 *
 * People get a light HTML page (no JavaScript) in the order a consumer asks: is it
 * genuine, what is it, who made it and where, when, the OCOP rating, the steps, where
 * to buy it again. Machines (`Accept: application/linkset+json`, or `?linkType=`) get the
 * GS1 linkset from the middleware. An unknown lot walks up to the product (303), an
 * unknown GTIN is 404, a key no label could hold is 400, a withdrawn batch is 410.
 * Each page view is counted (coarse place and kind of client only), bots and HEAD excepted.
 */
import { data, redirect } from "react-router"
import type { Route } from "./+types/trace-batch"
import type { RouteHandle } from "~/root"
import {
  AreasSection,
  BuyAgain,
  CounterfeitWarning,
  DatesSection,
  OcopSection,
  ProducerSection,
  ProductSummary,
  RecallBanner,
  Timeline,
  Verdict,
  VerifyLinks,
} from "~/components/trace"
import { TraceErrorPage, traceErrorMeta, traceHeaders } from "~/components/trace-error"
import { translator } from "~/lib/i18n"
import { anchorOf, buildLinkset, linkHeader, linksetUrlOf, machineRequest } from "~/lib/linkset"
import { machineAnswer } from "~/lib/resolver.server"
import { scanReport } from "~/lib/scan"
import { appliedStandards, batchAreas, batchEvents } from "~/lib/trace"
import { recordScan, resolveBatch } from "~/lib/trace.server"
import { langFromMatches, useT } from "~/lib/use-lang"

export const handle: RouteHandle = { chrome: "light" }

/** Machines get the linkset (or one link) before the page's loader runs. */
export const middleware: Route.MiddlewareFunction[] = [
  async ({ request, params }) => {
    const wanted = machineRequest(request.headers.get("accept"), new URL(request.url))
    if (!wanted) return undefined
    return machineAnswer(await resolveBatch(params.gtin, params.lot), request, wanted)
  },
]

export async function loader({ request, params }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const resolution = await resolveBatch(params.gtin, params.lot)
  if (resolution.kind === "unknown_lot") {
    // A made-up lot on a real product is worth counting too (the GTIN as the backend wrote it).
    const gtin = /^\/01\/(\d{14})$/.exec(resolution.productPath)?.[1]
    const scan = gtin ? scanReport(request, gtin, params.lot) : null
    if (scan) recordScan(scan, request.headers)
    throw redirect(resolution.productPath, { status: 303 })
  }
  if (resolution.kind === "unknown_gtin") throw data({ reason: "unknown_gtin" as const, gtin: params.gtin }, { status: 404 })
  if (resolution.kind === "invalid") throw data({ reason: "invalid" as const, message: resolution.message }, { status: 400 })

  const { item, batch, verification, scans } = resolution.body
  const scan = scanReport(request, item.gtin, batch.lot)
  if (scan) recordScan(scan, request.headers)
  const linkset = buildLinkset({ anchor: anchorOf(url), origin: url.origin, item, batch })
  return data(
    { item, batch, verification, scans, serial: params.serial ?? null, labelExpiry: url.searchParams.get("17") },
    { status: resolution.status, headers: { Link: linkHeader(linkset, linksetUrlOf(url)) } },
  )
}

export const headers: Route.HeadersFunction = (args) => traceHeaders(args)

export default function TraceBatch({ loaderData }: Route.ComponentProps) {
  const { item, batch, verification, scans, serial, labelExpiry } = loaderData
  const t = useT()
  const areas = batchAreas(batch)
  return (
    <div className="mx-auto max-w-2xl space-y-4 px-4 py-4">
      <p className="text-sm font-medium text-stone-600">
        {t("trace.kicker")} · {t("trace.lot")} <span className="font-mono">{batch.lot}</span>
      </p>
      {batch.status === "withdrawn" && <RecallBanner batch={batch} />}
      <CounterfeitWarning scans={scans} item={item} />
      <Verdict verification={verification} suspicious={scans.suspicious} />
      <ProductSummary item={item} lot={batch.lot} serial={serial} />
      <ProducerSection item={item} />
      <AreasSection areas={areas} />
      <DatesSection batch={batch} label={labelExpiry} />
      <OcopSection item={item} standards={appliedStandards(batch)} />
      <Timeline events={batchEvents(batch)} areas={areas} />
      <BuyAgain item={item} />
      <VerifyLinks batch={batch} />
    </div>
  )
}

export function meta({ data, matches, error }: Route.MetaArgs) {
  const t = translator(langFromMatches(matches))
  if (error || !data) return traceErrorMeta(t, error)
  return [
    { title: `${t("trace.meta.title", { lot: data.batch.lot, product: data.item.product.title })} – ${t("site.name")}` },
    { name: "robots", content: "noindex" },
    { name: "description", content: `${t("trace.kicker")}: ${data.item.product.title}, ${t("trace.lot").toLowerCase()} ${data.batch.lot}` },
  ]
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <TraceErrorPage error={error} />
}
