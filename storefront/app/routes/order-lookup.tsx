/**
 * `/tra-cuu-don-hang`: find an order by its number and the e-mail it was placed with
 * (`POST /store/order-lookup`), and the orders placed or looked up in this browser.
 * A found order joins the browser's history and opens at `/don-hang/:id`.
 */
import { Form, Link, data, redirect } from "react-router"
import type { Route } from "./+types/order-lookup"
import { lookupOrder } from "~/lib/checkout.server"
import { isSecureRequest } from "~/lib/cookies"
import { requestLang, translator } from "~/lib/i18n"
import { orderHistoryCookie, orderPath, readOrderHistory, rememberOrder } from "~/lib/orders"
import { langFromMatches, useT } from "~/lib/use-lang"

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const history = readOrderHistory(request.headers.get("Cookie"))
  return data({ history: history.map((o) => ({ id: o.id, display_id: o.display_id })), need: url.searchParams.get("need") === "1" }, { headers: { "Cache-Control": "private, no-store" } })
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export async function action({ request }: Route.ActionArgs) {
  const t = translator(requestLang(request))
  const form = await request.formData()
  const number = String(form.get("number") ?? "").trim().replace(/^#/, "")
  const email = String(form.get("email") ?? "").trim().slice(0, 200)
  const errors: Record<string, string> = {}
  if (!/^\d{1,9}$/.test(number) || Number(number) < 1) errors.number = t("lookup.invalid.number")
  if (!EMAIL.test(email)) errors.email = t("lookup.invalid.email")
  if (Object.keys(errors).length) return data({ errors, form: null, values: { number, email } }, { status: 400 })
  const result = await lookupOrder(Number(number), email, request)
  if (result.found === null) {
    const limited = result.limited
    return data({ errors: {}, form: t(limited ? "lookup.limited" : "lookup.notFound"), values: { number, email } }, { status: limited ? 429 : 404 })
  }
  const found = result.found
  const history = rememberOrder(readOrderHistory(request.headers.get("Cookie")), { id: found.order.id, display_id: found.order.display_id, email })
  throw redirect(orderPath(found.order.id), { status: 303, headers: { "Set-Cookie": orderHistoryCookie(history, isSecureRequest(request)) } })
}

const inputClass =
  "mt-1 block w-full rounded-lg border border-stone-300 bg-white px-3 py-2.5 text-base focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-[invalid=true]:border-red-600"

export default function OrderLookup({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const { history, need } = loaderData
  const errors: Record<string, string> = actionData?.errors ?? {}
  return (
    <div className="mx-auto max-w-xl space-y-6 px-4 py-6 sm:py-8">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("lookup.title")}</h1>
      {need && !actionData && (
        <p role="status" className="rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-900">
          {t("lookup.needEmail")}
        </p>
      )}
      <Form method="post" noValidate className="space-y-4 rounded-2xl border border-stone-200 bg-white p-4 sm:p-6">
        <p className="text-sm text-stone-700">{t("lookup.lead")}</p>
        {actionData?.form && (
          <p role="alert" className="rounded-lg bg-red-50 px-4 py-3 text-sm text-red-900">
            {actionData.form}
          </p>
        )}
        <div>
          <label htmlFor="number" className="block text-sm font-medium">
            {t("lookup.number")}
          </label>
          <input
            id="number"
            name="number"
            inputMode="numeric"
            defaultValue={actionData?.values.number}
            aria-invalid={errors.number ? true : undefined}
            aria-describedby={errors.number ? "number-hint number-error" : "number-hint"}
            className={inputClass}
          />
          <p id="number-hint" className="mt-1 text-xs text-stone-600">
            {t("lookup.number.hint")}
          </p>
          {errors.number && (
            <p id="number-error" className="mt-1 text-sm text-red-700">
              {errors.number}
            </p>
          )}
        </div>
        <div>
          <label htmlFor="email" className="block text-sm font-medium">
            {t("lookup.email")}
          </label>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="email"
            defaultValue={actionData?.values.email}
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={errors.email ? "email-error" : undefined}
            className={inputClass}
          />
          {errors.email && (
            <p id="email-error" className="mt-1 text-sm text-red-700">
              {errors.email}
            </p>
          )}
        </div>
        <button type="submit" className="min-h-11 w-full rounded-lg bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700">
          {t("lookup.submit")}
        </button>
      </Form>

      <section aria-labelledby="history-heading" className="rounded-2xl border border-stone-200 bg-white p-4 sm:p-6">
        <h2 id="history-heading" className="font-semibold">
          {t("lookup.history")}
        </h2>
        {history.length === 0 ? (
          <p className="mt-2 text-sm text-stone-600">{t("lookup.history.empty")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-stone-100">
            {history.map((o) => (
              <li key={o.id}>
                <Link to={orderPath(o.id)} className="flex min-h-11 items-center justify-between font-medium text-brand-700 hover:underline">
                  {t("lookup.history.item", { number: o.display_id })}
                  <span aria-hidden="true">→</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}

export function meta({ matches }: Route.MetaArgs) {
  const t = translator(langFromMatches(matches))
  return [{ title: t("lookup.meta.title") }, { name: "robots", content: "noindex" }]
}
