/**
 * `/don-hang/:id`: an order as the shopper sees it, grouped into producer orders (each
 * with its items, delivery fee, total and status), the address, the e-invoice details
 * and the payment: for VietQR the QR code (SVG drawn on the server from the backend's
 * EMVCo payload), bank, account, the exact amount and the transfer reference.
 *
 * Access: the order must be in this browser's history cookie (placed or looked up
 * here), and the backend's order lookup must accept its number with that e-mail.
 * Otherwise the shopper is sent to `/tra-cuu-don-hang`.
 */
import { Link, data, isRouteErrorResponse, redirect } from "react-router"
import type { Route } from "./+types/order"
import { lookupOrder } from "~/lib/checkout.server"
import { formatDate } from "~/lib/dates"
import { translator, type MessageKey } from "~/lib/i18n"
import { formatMoney } from "~/lib/money"
import { bankName, isOrderId, readOrderHistory, type GroupedOrder, type ProducerOrder } from "~/lib/orders"
import { producerPath } from "~/lib/paths"
import { qrSvg } from "~/lib/qr.server"
import { langFromMatches, useT } from "~/lib/use-lang"

export async function loader({ params, request }: Route.LoaderArgs) {
  const id = params.id
  const ref = isOrderId(id) ? readOrderHistory(request.headers.get("Cookie")).find((o) => o.id === id) : undefined
  if (!ref) throw redirect("/tra-cuu-don-hang?need=1")
  const result = await lookupOrder(ref.display_id, ref.email, request)
  if (!result.found && result.limited) throw data({ limited: true }, { status: 429, headers: { "Retry-After": "60" } })
  const grouped = result.found
  if (!grouped || grouped.order.id !== id) throw redirect("/tra-cuu-don-hang?need=1")
  const vietqr = grouped.order.payment?.vietqr
  const qr = vietqr?.qr_payload ? await qrSvg(vietqr.qr_payload) : null
  const placed = new URL(request.url).searchParams.get("placed") === "1"
  return data({ ...grouped, qr, placed }, { headers: { "Cache-Control": "private, no-store" } })
}

const STATUS_KEYS: Record<string, MessageKey> = {
  pending: "order.status.pending",
  shipped: "order.status.shipped",
  delivered: "order.status.delivered",
  cancelled: "order.status.cancelled",
}

const PAYMENT_STATUS_KEYS: Record<string, MessageKey> = {
  awaiting_transfer: "payment.status.awaiting_transfer",
  authorized: "payment.status.authorized",
  captured: "payment.status.captured",
  partially_captured: "payment.status.partially_captured",
  refunded: "payment.status.refunded",
  partially_refunded: "payment.status.partially_refunded",
  canceled: "payment.status.canceled",
  not_paid: "payment.status.not_paid",
}

function ProducerOrderCard({ po }: { po: ProducerOrder }) {
  const t = useT()
  const name = po.producer?.name ?? t("cart.noProducer")
  const status = STATUS_KEYS[po.status] ? t(STATUS_KEYS[po.status]) : po.status
  return (
    <li>
      <article aria-label={t("order.producerOrder", { number: po.display_number })} className="rounded-2xl border border-stone-200 bg-white p-4 sm:p-6">
        <header className="flex flex-wrap items-start justify-between gap-2">
          <div className="min-w-0">
            <h3 className="font-semibold">{t("order.producerOrder", { number: po.display_number })}</h3>
            <p className="text-sm text-stone-700">
              {po.producer?.handle ? (
                <Link to={producerPath(po.producer.handle)} className="hover:text-brand-700 hover:underline">
                  {name}
                </Link>
              ) : (
                name
              )}
            </p>
          </div>
          <span className="rounded-full bg-stone-100 px-3 py-1 text-xs font-medium text-stone-800">{status}</span>
        </header>
        <ul className="mt-3 divide-y divide-stone-100 text-sm">
          {po.items.map((item) => (
            <li key={item.line_item_id} className="flex justify-between gap-3 py-2">
              <span className="min-w-0">
                {item.title}
                {item.variant_title ? ` (${item.variant_title})` : ""} <span className="text-stone-600">{t("order.quantity", { quantity: item.quantity })}</span>
              </span>
              <span className="shrink-0">{formatMoney(item.total)}</span>
            </li>
          ))}
        </ul>
        <dl className="mt-2 space-y-1 border-t border-stone-100 pt-2 text-sm">
          <div className="flex justify-between gap-3">
            <dt className="text-stone-600">{t("order.shipping")}</dt>
            <dd>{po.shipping_total === 0 ? t("checkout.shipping.free") : formatMoney(po.shipping_total)}</dd>
          </div>
          <div className="flex justify-between gap-3 font-semibold">
            <dt>{t("order.subtotal")}</dt>
            <dd>{formatMoney(po.total)}</dd>
          </div>
        </dl>
        {po.tracking?.number && (
          <p className="mt-2 text-sm">
            {po.tracking.url ? (
              <a href={po.tracking.url} className="text-brand-700 underline" rel="noopener noreferrer">
                {t("order.tracking", { number: po.tracking.number })}
              </a>
            ) : (
              t("order.tracking", { number: po.tracking.number })
            )}
          </p>
        )}
      </article>
    </li>
  )
}

function VietQrPayment({ order, qr }: { order: GroupedOrder["order"]; qr: string | null }) {
  const t = useT()
  const v = order.payment?.vietqr
  if (!v) return null
  const amount = formatMoney(v.amount ?? order.total)
  const bank = bankName(v.bank_bin)
  const row = "grid grid-cols-[8.5rem_1fr] gap-2 py-1.5"
  return (
    <section aria-labelledby="vietqr-heading" className="rounded-2xl border-2 border-brand-600 bg-white p-4 sm:p-6">
      <h2 id="vietqr-heading" className="text-lg font-semibold">
        {t("order.payment.vietqr.title")}
      </h2>
      <p className="mt-1 text-sm text-stone-700">{t("order.payment.vietqr.body")}</p>
      <div className="mt-4 flex flex-col items-center gap-4 sm:flex-row sm:items-start">
        {qr && (
          <div
            role="img"
            aria-label={t("order.payment.vietqr.qr", { amount, reference: v.reference ?? "" })}
            className="w-56 shrink-0 rounded-xl border border-stone-200 bg-white p-1 [&>svg]:h-auto [&>svg]:w-full"
            dangerouslySetInnerHTML={{ __html: qr }}
          />
        )}
        <dl className="w-full divide-y divide-stone-100 text-sm">
          <div className={row}>
            <dt className="text-stone-600">{t("order.payment.vietqr.bank")}</dt>
            <dd className="font-medium">{bank ? `${bank} (${v.bank_bin})` : v.bank_bin}</dd>
          </div>
          <div className={row}>
            <dt className="text-stone-600">{t("order.payment.vietqr.account")}</dt>
            <dd className="font-mono font-medium">{v.account_no}</dd>
          </div>
          <div className={row}>
            <dt className="text-stone-600">{t("order.payment.vietqr.accountName")}</dt>
            <dd className="font-medium">{v.account_name}</dd>
          </div>
          <div className={row}>
            <dt className="text-stone-600">{t("order.payment.vietqr.amount")}</dt>
            <dd className="text-lg font-bold text-brand-700">{amount}</dd>
          </div>
          <div className={row}>
            <dt className="text-stone-600">{t("order.payment.vietqr.reference")}</dt>
            <dd className="font-mono text-base font-bold">{v.reference}</dd>
          </div>
        </dl>
      </div>
    </section>
  )
}

export default function OrderPage({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const { order, producer_orders, qr, placed } = loaderData
  const provider = order.payment?.provider_id ?? null
  const address = order.shipping_address
  const paymentStatus = order.payment?.status ? (PAYMENT_STATUS_KEYS[order.payment.status] ? t(PAYMENT_STATUS_KEYS[order.payment.status]) : order.payment.status) : null
  return (
    <div className="mx-auto max-w-3xl space-y-5 px-4 py-6 sm:py-8">
      <header>
        <h1 className="text-2xl font-bold sm:text-3xl">{placed ? t("order.thanks", { number: order.display_id }) : t("order.title", { number: order.display_id })}</h1>
        <p className="mt-1 text-sm text-stone-600">
          {t("order.placedAt", { date: formatDate(order.created_at) })} · {t("order.email", { email: order.email })}
        </p>
      </header>

      {provider === "pp_vietqr_vietqr" && order.payment?.status === "awaiting_transfer" && <VietQrPayment order={order} qr={qr} />}

      <section aria-labelledby="producer-orders-heading" className="space-y-3">
        <h2 id="producer-orders-heading" className="text-lg font-semibold">
          {t("order.producerOrders")}
        </h2>
        {producer_orders.length > 1 && <p className="text-sm text-stone-700">{t("order.split", { count: producer_orders.length })}</p>}
        <ul className="space-y-3">
          {producer_orders.map((po) => (
            <ProducerOrderCard key={po.id} po={po} />
          ))}
        </ul>
      </section>

      <section aria-label={t("order.total")} className="rounded-2xl border border-stone-200 bg-white p-4 sm:p-6">
        <dl className="space-y-1 text-sm">
          <div className="flex justify-between gap-3">
            <dt className="text-stone-600">{t("order.itemTotal")}</dt>
            <dd>{formatMoney(order.item_total)}</dd>
          </div>
          <div className="flex justify-between gap-3">
            <dt className="text-stone-600">{t("order.shipping")}</dt>
            <dd>{formatMoney(order.shipping_total)}</dd>
          </div>
          <div className="flex justify-between gap-3 pt-1 text-lg font-bold">
            <dt>{t("order.total")}</dt>
            <dd>{formatMoney(order.total)}</dd>
          </div>
        </dl>
      </section>

      <div className="grid gap-4 sm:grid-cols-2">
        <section aria-labelledby="payment-heading" className="rounded-2xl border border-stone-200 bg-white p-4 text-sm sm:p-6">
          <h2 id="payment-heading" className="font-semibold">
            {t("order.payment")}
          </h2>
          <p className="mt-2">
            {provider === "pp_cod_cod"
              ? t("order.payment.cod")
              : provider === "pp_stripe_stripe"
                ? t("order.payment.card")
                : provider === "pp_vietqr_vietqr"
                  ? t("checkout.payment.vietqr")
                  : provider}
          </p>
          {paymentStatus && <p className="mt-1 text-stone-600">{t("order.payment.status", { status: paymentStatus })}</p>}
        </section>
        {address && (
          <section aria-labelledby="address-heading" className="rounded-2xl border border-stone-200 bg-white p-4 text-sm sm:p-6">
            <h2 id="address-heading" className="font-semibold">
              {t("order.address")}
            </h2>
            <address className="mt-2 not-italic leading-relaxed">
              {[address.first_name, address.last_name].filter(Boolean).join(" ")}
              <br />
              {address.phone}
              <br />
              {address.address_1}
              <br />
              {[address.city, address.province].filter(Boolean).join(", ")}
            </address>
          </section>
        )}
        {order.invoice && (
          <section aria-labelledby="invoice-heading" className="rounded-2xl border border-stone-200 bg-white p-4 text-sm sm:p-6">
            <h2 id="invoice-heading" className="font-semibold">
              {t("order.invoice")}
            </h2>
            <p className="mt-2">{order.invoice.company_name}</p>
            <p>{t("order.invoice.taxCode", { code: order.invoice.tax_code })}</p>
            {order.invoice.address && <p>{order.invoice.address}</p>}
          </section>
        )}
      </div>

      <p className="flex flex-wrap gap-4 text-sm font-medium">
        <Link to="/san-pham" className="text-brand-700 hover:underline">
          {t("order.continue")}
        </Link>
        <Link to="/tra-cuu-don-hang" className="text-brand-700 hover:underline">
          {t("order.lookupOther")}
        </Link>
      </p>
    </div>
  )
}

/** Too many look-ups of this e-mail address in a minute (the backend's limit): wait, then reload. */
export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const t = useT()
  if (!isRouteErrorResponse(error) || error.status !== 429) throw error
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("lookup.limited.title")}</h1>
      <p className="mt-2 text-stone-600">{t("lookup.limited")}</p>
    </div>
  )
}

export function meta({ data, matches }: Route.MetaArgs) {
  const t = translator(langFromMatches(matches))
  return [{ title: data ? t("order.meta.title", { number: data.order.display_id }) : t("lookup.meta.title") }, { name: "robots", content: "noindex" }]
}
