/**
 * `/producer/orders`: the producer's part of each order (never another producer's),
 * marked shipped (with an optional carrier and tracking number) and delivered, and the
 * sales of the last twelve months in VND.
 */
import { Form, Link, data, redirect } from "react-router"
import type { Route } from "./+types/orders"
import { Field, Notice, PageTitle, StatusBadge, cardClass, primaryButton, secondaryButton } from "~/components/portal"
import { formatDate } from "~/lib/dates"
import { requestLang, translator } from "~/lib/i18n"
import { formatMoney } from "~/lib/money"
import type { PortalOrder, ProducerOrderStatus, SalesSummary } from "~/lib/producer-portal"
import { portalCall, portalGet, refusalMessage } from "~/lib/producer-portal.server"
import { langFromMatches, useLang, useT } from "~/lib/use-lang"

const STATUSES: ProducerOrderStatus[] = ["pending", "shipped", "delivered", "cancelled"]

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const status = STATUSES.find((s) => s === url.searchParams.get("status")) ?? null
  const [orders, summary] = await Promise.all([
    portalGet<{ producer_orders: PortalOrder[]; count: number }>(request, "/producer/orders", { status: status ?? undefined, limit: 50 }),
    portalGet<SalesSummary>(request, "/producer/sales-summary", { months: 12 }),
  ])
  return { orders: orders.producer_orders, count: orders.count, status, summary, done: url.searchParams.get("done") }
}

export async function action({ request }: Route.ActionArgs) {
  const t = translator(requestLang(request))
  const form = await request.formData()
  const id = String(form.get("id") ?? "")
  const intent = form.get("intent") === "deliver" ? "deliver" : "ship"
  if (!/^[\w-]{1,100}$/.test(id)) return data({ id, message: t("portal.error.backend") }, { status: 400 })
  const carrier = String(form.get("carrier") ?? "").trim().slice(0, 100)
  const number = String(form.get("tracking") ?? "").trim().slice(0, 100)
  const body = intent === "ship" && (carrier || number) ? { tracking: { ...(carrier ? { carrier } : {}), ...(number ? { number } : {}) } } : {}
  const answer = await portalCall(request, "POST", `/producer/orders/${id}/${intent}`, { json: body })
  if (!answer.ok) return data({ id, message: t("portal.error.refused", { message: refusalMessage(answer, t("portal.error.backend")) }) }, { status: 400 })
  const back = new URL(request.url)
  back.searchParams.set("done", intent)
  throw redirect(`${back.pathname}${back.search}`, { status: 303 })
}

function monthLabel(month: string, lang: "vi" | "en"): string {
  const [y, m] = month.split("-")
  return lang === "vi" ? `${m}/${y}` : new Date(`${month}-01T00:00:00Z`).toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" })
}

export default function Orders({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const { orders, status, summary, done } = loaderData
  const lang = useLang()
  const maxRevenue = Math.max(1, ...summary.months.map((m) => m.revenue))
  return (
    <div className="space-y-5">
      <PageTitle>{t("portal.nav.orders")}</PageTitle>
      {done && !actionData && <Notice tone="success">{t(done === "deliver" ? "portal.orders.delivered" : "portal.orders.shipped")}</Notice>}
      <nav aria-label={t("portal.orders.filter")} className="-mx-4 flex gap-2 overflow-x-auto px-4 pb-1">
        {[null, ...STATUSES].map((s) => (
          <Link
            key={s ?? "all"}
            to={s ? `?status=${s}` : "."}
            aria-current={status === s ? "page" : undefined}
            className={`inline-flex min-h-10 shrink-0 items-center rounded-full border px-3 text-sm font-medium ${status === s ? "border-brand-600 bg-brand-600 text-white" : "border-stone-300 bg-white text-stone-800"}`}
          >
            {s ? t(`portal.orders.status.${s}`) : t("common.any")}
          </Link>
        ))}
      </nav>
      {orders.length === 0 ? (
        <p className={`${cardClass} text-sm text-stone-600`}>{t("portal.orders.none")}</p>
      ) : (
        <ul className="space-y-3">
          {orders.map((o) => {
            const a = o.shipping_address
            return (
              <li key={o.id} className={`${cardClass} space-y-3`}>
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <p className="font-semibold">{t("portal.orders.number", { number: o.display_number })}</p>
                  <StatusBadge status={o.status} label={t(`portal.orders.status.${o.status}`)} />
                </div>
                <p className="text-sm text-stone-600">{formatDate(o.order?.created_at ?? o.created_at)}</p>
                <ul className="space-y-1 text-sm">
                  {o.items.map((item, i) => (
                    <li key={i} className="flex justify-between gap-3">
                      <span>
                        {item.quantity} × {item.title}
                        {item.variant_title ? ` (${item.variant_title})` : ""}
                      </span>
                      <span className="shrink-0">{formatMoney(item.total)}</span>
                    </li>
                  ))}
                </ul>
                <p className="flex justify-between border-t border-stone-100 pt-2 text-sm text-stone-700">
                  <span>{t("portal.orders.shipping")}</span>
                  <span>{formatMoney(o.shipping_total)}</span>
                </p>
                <p className="flex justify-between text-sm font-semibold">
                  <span>{t("portal.orders.total")}</span>
                  <span>{formatMoney(o.total)}</span>
                </p>
                {a && (
                  <p className="text-sm text-stone-700">
                    {/* The checkout keeps family and middle names in first_name (lib/checkout.ts, splitName). */}
                    {[[a.first_name, a.last_name].filter(Boolean).join(" "), a.phone, a.address_1, a.city, a.province].filter(Boolean).join(", ")}
                  </p>
                )}
                {o.tracking && (o.tracking.carrier || o.tracking.number) && (
                  <p className="text-sm text-stone-700">{t("portal.orders.tracking", { carrier: o.tracking.carrier ?? "", number: o.tracking.number ?? "" })}</p>
                )}
                {actionData?.id === o.id && <Notice tone="error">{actionData.message}</Notice>}
                {o.status === "pending" && (
                  <Form method="post" className="space-y-2">
                    <input type="hidden" name="id" value={o.id} />
                    <div className="grid grid-cols-2 gap-2">
                      <Field id={`carrier-${o.id}`} name="carrier" label={t("portal.orders.carrier")} />
                      <Field id={`tracking-${o.id}`} name="tracking" label={t("portal.orders.trackingNumber")} />
                    </div>
                    <button type="submit" name="intent" value="ship" className={`${primaryButton} w-full`}>
                      {t("portal.orders.markShipped")}
                    </button>
                  </Form>
                )}
                {o.status === "shipped" && (
                  <Form method="post">
                    <input type="hidden" name="id" value={o.id} />
                    <button type="submit" name="intent" value="deliver" className={`${secondaryButton} w-full`}>
                      {t("portal.orders.markDelivered")}
                    </button>
                  </Form>
                )}
              </li>
            )
          })}
        </ul>
      )}

      <section aria-labelledby="sales-heading" className={`${cardClass} space-y-3`}>
        <h2 id="sales-heading" className="font-semibold">
          {t("portal.sales.title")}
        </h2>
        <p className="text-sm text-stone-700">{t("portal.sales.totals", { orders: summary.totals.orders, revenue: formatMoney(summary.totals.revenue) })}</p>
        <table className="w-full text-sm">
          <caption className="sr-only">{t("portal.sales.title")}</caption>
          <thead>
            <tr className="text-left text-stone-600">
              <th scope="col" className="py-1 font-medium">
                {t("portal.sales.month")}
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                {t("portal.sales.orders")}
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                {t("portal.sales.revenue")}
              </th>
            </tr>
          </thead>
          <tbody>
            {[...summary.months].reverse().map((m) => (
              <tr key={m.month} className="border-t border-stone-100">
                <th scope="row" className="py-1.5 text-left font-normal">
                  {monthLabel(m.month, lang)}
                </th>
                <td className="py-1.5 text-right">{m.orders}</td>
                <td className="py-1.5 text-right">
                  <span className="relative block">
                    <span aria-hidden="true" className="absolute inset-y-0 right-0 rounded bg-brand-600/15" style={{ width: `${Math.round((m.revenue / maxRevenue) * 100)}%` }} />
                    <span className="relative">{formatMoney(m.revenue)}</span>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  )
}

export function meta({ matches }: Route.MetaArgs) {
  const t = translator(langFromMatches(matches))
  return [{ title: `${t("portal.nav.orders")} – ${t("portal.name")}` }, { name: "robots", content: "noindex" }]
}
