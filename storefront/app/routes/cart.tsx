/**
 * `/gio-hang`: the cart, grouped by producer (each ships its own parcel, with its
 * delivery fee and how much more makes it free). Quantities change and lines go with
 * plain forms (no JavaScript needed); each POST redirects back here.
 */
import { Form, Link, data, redirect, useNavigation } from "react-router"
import type { Route } from "./+types/cart"
import { parseQuantity, type CartLine } from "~/lib/cart"
import { changeLine, loadCart } from "~/lib/cart.server"
import { cartView, type CartParcel } from "~/lib/checkout.server"
import { translator, requestLang } from "~/lib/i18n"
import { responsiveImage } from "~/lib/images"
import { formatMoney } from "~/lib/money"
import { producerPath, productPath } from "~/lib/paths"
import { langFromMatches, useT } from "~/lib/use-lang"

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const { cart, stale, setCookie } = await loadCart(request)
  const headers = new Headers({ "Cache-Control": "no-store" })
  if (setCookie) headers.append("Set-Cookie", setCookie)
  const notice = stale ?? (url.searchParams.get("notice") === "expired" ? "expired" : url.searchParams.get("notice") === "completed" ? "completed" : null)
  const added = url.searchParams.get("added") === "1"
  if (!cart || cart.items.length === 0) return data({ cart: null, view: null, notice, added: false }, { headers })
  return data({ cart, view: await cartView(cart), notice, added }, { headers })
}

export async function action({ request }: Route.ActionArgs) {
  const t = translator(requestLang(request))
  const form = await request.formData()
  const { cart } = await loadCart(request)
  if (!cart) throw redirect("/gio-hang?notice=expired", 303)
  const lineId = String(form.get("line_id") ?? "")
  if (!cart.items.some((line) => line.id === lineId)) throw redirect("/gio-hang", 303)
  const quantity = form.get("intent") === "remove" ? 0 : parseQuantity(form.get("quantity"), { allowZero: true })
  if (quantity === null) return data({ lineId, error: t("cart.error.quantity") }, { status: 400 })
  const changed = await changeLine(cart.id, lineId, quantity)
  if (!changed.ok) return data({ lineId, error: t("cart.error.generic", { message: changed.message }) }, { status: changed.status >= 500 ? 502 : 400 })
  throw redirect("/gio-hang", 303)
}

function LineRow({ line, error }: { line: CartLine; error: string | null }) {
  const t = useT()
  const navigation = useNavigation()
  const busy = navigation.state !== "idle" && navigation.formData?.get("line_id") === line.id
  const image = responsiveImage(line.thumbnail, 200)
  const name = line.variant_title ? `${line.title} (${line.variant_title})` : line.title
  return (
    <li className="flex gap-3 py-4">
      {image ? (
        <img src={image.src} alt="" width={80} height={80} loading="lazy" className="h-20 w-20 shrink-0 rounded-lg object-cover" />
      ) : (
        <div aria-hidden="true" className="h-20 w-20 shrink-0 rounded-lg bg-stone-100" />
      )}
      <div className="min-w-0 flex-1">
        <p className="font-medium leading-snug">
          {line.product_handle ? (
            <Link to={productPath(line.product_handle)} className="hover:text-brand-700 hover:underline">
              {line.title}
            </Link>
          ) : (
            line.title
          )}
        </p>
        {line.variant_title && <p className="text-sm text-stone-600">{line.variant_title}</p>}
        <p className="text-sm text-stone-600">{t("cart.unitPrice", { price: formatMoney(line.unit_price) })}</p>
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <Form method="post" className="flex items-center gap-2">
            <input type="hidden" name="line_id" value={line.id} />
            <label className="sr-only" htmlFor={`qty-${line.id}`}>
              {t("cart.quantityOf", { title: name })}
            </label>
            <input
              id={`qty-${line.id}`}
              name="quantity"
              type="number"
              inputMode="numeric"
              min={0}
              max={99}
              defaultValue={line.quantity}
              key={line.quantity}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `qty-error-${line.id}` : undefined}
              className="h-10 w-16 rounded-lg border border-stone-300 bg-white px-2 text-center"
            />
            <button type="submit" name="intent" value="quantity" disabled={busy} className="h-10 rounded-lg border border-stone-300 bg-white px-3 text-sm font-medium hover:border-brand-600 disabled:opacity-50">
              {t("cart.update")}
            </button>
          </Form>
          <Form method="post">
            <input type="hidden" name="line_id" value={line.id} />
            <button type="submit" name="intent" value="remove" disabled={busy} aria-label={t("cart.removeItem", { title: name })} className="h-10 rounded-lg px-3 text-sm font-medium text-red-700 hover:bg-red-50 disabled:opacity-50">
              {t("cart.remove")}
            </button>
          </Form>
        </div>
        {error && (
          <p id={`qty-error-${line.id}`} role="alert" className="mt-1 text-sm text-red-700">
            {error}
          </p>
        )}
      </div>
      <p className="shrink-0 text-right font-semibold">{formatMoney(line.total)}</p>
    </li>
  )
}

function ProducerGroup({ group, error }: { group: CartParcel; error: { lineId: string; error: string } | null }) {
  const t = useT()
  const heading = group.producer?.name ?? t("cart.noProducer")
  return (
    <section aria-label={heading} className="rounded-2xl border border-stone-200 bg-white px-4 sm:px-6">
      <h2 className="border-b border-stone-100 py-3 font-semibold">
        {group.producer ? (
          <Link to={producerPath(group.producer.handle)} className="hover:text-brand-700 hover:underline">
            {heading}
          </Link>
        ) : (
          heading
        )}
      </h2>
      <ul className="divide-y divide-stone-100">
        {group.lines.map((line) => (
          <LineRow key={line.id} line={line} error={error?.lineId === line.id ? error.error : null} />
        ))}
      </ul>
      <dl className="space-y-1 border-t border-stone-100 py-3 text-sm">
        <div className="flex justify-between gap-3">
          <dt className="text-stone-600">{t("cart.producerSubtotal")}</dt>
          <dd className="font-medium">{formatMoney(group.subtotal)}</dd>
        </div>
        <div className="flex justify-between gap-3">
          <dt className="text-stone-600">{t("cart.parcelFee")}</dt>
          <dd className="font-medium">{group.fee === 0 ? t("cart.parcelFree") : formatMoney(group.fee)}</dd>
        </div>
      </dl>
      {group.missingForFree !== null && group.missingForFree > 0 && (
        <p className="pb-3 text-xs text-stone-600">{t("cart.parcelFreeHint", { amount: formatMoney(group.missingForFree) })}</p>
      )}
    </section>
  )
}

export default function CartPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const { cart, view, notice, added } = loaderData
  const error = actionData && "lineId" in actionData ? actionData : null
  return (
    <div className="mx-auto max-w-5xl px-4 py-6 sm:py-8">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("cart.title")}</h1>
      {notice && (
        <p role="status" className="mt-4 rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-900">
          {t(notice === "completed" ? "cart.notice.completed" : "cart.notice.expired")}
        </p>
      )}
      {added && (
        <p role="status" className="mt-4 rounded-lg bg-brand-50 px-4 py-3 text-sm text-brand-700">
          {t("cart.added")}
        </p>
      )}
      {!cart || !view ? (
        <div className="mt-6 rounded-2xl border border-stone-200 bg-white p-6 text-center">
          <p className="text-stone-700">{t("cart.empty")}</p>
          <Link to="/san-pham" className="mt-4 inline-flex min-h-10 items-center rounded-lg bg-brand-600 px-4 font-medium text-white hover:bg-brand-700">
            {t("cart.empty.browse")}
          </Link>
        </div>
      ) : (
        <div className="mt-6 grid gap-6 lg:grid-cols-[1fr_20rem]">
          <div className="space-y-4" aria-label={t("cart.groups")} role="group">
            {view.groups.map((group) => (
              <ProducerGroup key={group.producer?.id ?? "none"} group={group} error={error} />
            ))}
          </div>
          <aside aria-labelledby="cart-summary" className="h-fit rounded-2xl border border-stone-200 bg-white p-4 sm:p-6 lg:sticky lg:top-4">
            <h2 id="cart-summary" className="font-semibold">
              {t("cart.summary")}
            </h2>
            <dl className="mt-3 space-y-2 text-sm">
              <div className="flex justify-between gap-3">
                <dt className="text-stone-600">{t("cart.itemsTotal")}</dt>
                <dd>{formatMoney(cart.item_total)}</dd>
              </div>
              <div className="flex justify-between gap-3">
                <dt className="text-stone-600">{t("cart.shippingEstimate", { count: view.groups.length })}</dt>
                <dd>{formatMoney(view.shippingEstimate)}</dd>
              </div>
              <div className="flex justify-between gap-3 border-t border-stone-100 pt-2 text-base font-semibold">
                <dt>{t("cart.total")}</dt>
                <dd>{formatMoney(cart.item_total + view.shippingEstimate)}</dd>
              </div>
            </dl>
            {view.delivery && view.delivery.rates.free_over !== null && (
              <p className="mt-3 text-xs text-stone-600">
                {t("cart.shippingNote", { fee: formatMoney(view.delivery.rates.parcel_fee), threshold: formatMoney(view.delivery.rates.free_over) })}
              </p>
            )}
            <Link to="/thanh-toan" className="mt-4 flex min-h-11 w-full items-center justify-center rounded-lg bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700">
              {t("cart.checkout")}
            </Link>
            <Link to="/san-pham" className="mt-2 flex min-h-10 w-full items-center justify-center text-sm font-medium text-brand-700 hover:underline">
              {t("cart.continue")}
            </Link>
          </aside>
        </div>
      )}
    </div>
  )
}

export function meta({ matches }: Route.MetaArgs) {
  const t = translator(langFromMatches(matches))
  return [{ title: t("cart.meta.title") }, { name: "robots", content: "noindex" }]
}
