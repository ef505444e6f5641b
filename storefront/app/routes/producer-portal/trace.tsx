/**
 * `/producer/trace`: the producer's growing areas and production batches, with forms to
 * add an area and open a batch of one of its own products' variants (the backend gives a
 * variant without a GTIN the next one under the marketplace's company prefix).
 */
import { Form, Link, data, redirect } from "react-router"
import type { Route } from "./+types/trace"
import { Field, Notice, PageTitle, StatusBadge, cardClass, inputClass, listCardClass, primaryButton } from "~/components/portal"
import { formatDate } from "~/lib/dates"
import { requestLang, translator, type MessageKey } from "~/lib/i18n"
import type { PortalProduct } from "~/lib/producer-portal"
import { portalCall, portalGet, refusalMessage } from "~/lib/producer-portal.server"
import { AREA_TYPES, readAreaForm, readBatchForm } from "~/lib/producer-trace"
import { areaTypeLabel, formatNumber, type GrowingArea } from "~/lib/trace"
import { langFromMatches, useLang, useT } from "~/lib/use-lang"
import { usePortalMe } from "~/lib/use-portal"

type BatchRow = {
  id: string
  gtin: string
  lot: string
  status: "draft" | "published" | "withdrawn"
  production_date: string
  quantity: number
  unit: string
  product?: { id: string; title: string }
  variant?: { id: string; title: string }
}

export async function loader({ request }: Route.LoaderArgs) {
  const [areas, batches, products] = await Promise.all([
    portalGet<{ growing_areas: GrowingArea[] }>(request, "/producer/growing-areas", { limit: 100 }),
    portalGet<{ production_batches: BatchRow[]; count: number }>(request, "/producer/batches", { limit: 50 }),
    portalGet<{ products: PortalProduct[] }>(request, "/producer/products", { limit: 100 }),
  ])
  const variants = products.products.flatMap((p) => p.variants.map((v) => ({ id: v.id, label: p.variants.length > 1 ? `${p.title} – ${v.title}` : p.title })))
  const done = new URL(request.url).searchParams.get("done")
  return { areas: areas.growing_areas, batches: batches.production_batches, variants, areaAdded: done === "area" }
}

type Refusal = { form: "area" | "batch"; errors: Record<string, MessageKey>; message: string; values: Record<string, unknown> }

export async function action({ request }: Route.ActionArgs) {
  const t = translator(requestLang(request))
  const form = await request.formData()
  const refuse = (r: Refusal) => data(r, { status: 400 })
  const refusal = (answer: { body: { message?: string } }) => t("portal.error.refused", { message: refusalMessage(answer, t("portal.error.backend")) })
  if (form.get("intent") === "area") {
    const { values, errors, body } = readAreaForm(form)
    if (!body) return refuse({ form: "area", errors, message: t("portal.form.fix"), values })
    const answer = await portalCall(request, "POST", "/producer/growing-areas", { json: body })
    if (!answer.ok) return refuse({ form: "area", errors: {}, message: refusal(answer), values })
    throw redirect("/producer/trace?done=area", { status: 303 })
  }
  const { values, errors, body } = readBatchForm(form)
  if (!body) return refuse({ form: "batch", errors, message: t("portal.form.fix"), values })
  const answer = await portalCall<{ production_batch: { id: string } }>(request, "POST", "/producer/batches", { json: body })
  if (!answer.ok) return refuse({ form: "batch", errors: {}, message: refusal(answer), values })
  throw redirect(`/producer/trace/batches/${answer.body.production_batch.id}?done=created`, { status: 303 })
}

export default function Trace({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const lang = useLang()
  const { producer } = usePortalMe()
  const { areas, batches, variants, areaAdded } = loaderData
  const refusal = actionData as Refusal | undefined
  const err = (form: Refusal["form"], name: string) => (refusal?.form === form && refusal.errors[name] ? t(refusal.errors[name]) : undefined)
  const value = (form: Refusal["form"], name: string) => (refusal?.form === form ? String(refusal.values[name] ?? "") : undefined)
  const today = new Date().toISOString().slice(0, 10)
  return (
    <div className="space-y-5">
      <PageTitle>{t("portal.trace.title")}</PageTitle>
      <p className="text-sm text-stone-700">{t("portal.trace.lead")}</p>

      <section aria-labelledby="batches-heading" className="space-y-3">
        <h2 id="batches-heading" className="text-lg font-semibold">
          {t("portal.trace.batches")}
        </h2>
        {batches.length === 0 ? (
          <p className={`${cardClass} text-sm text-stone-600`}>{t("portal.trace.batches.none")}</p>
        ) : (
          <ul className="space-y-2">
            {batches.map((b) => (
              <li key={b.id}>
                <Link to={`/producer/trace/batches/${b.id}`} className={`${cardClass} block space-y-1 hover:border-brand-600`}>
                  <span className="flex flex-wrap items-center gap-2">
                    <StatusBadge status={b.status === "published" ? "published" : b.status} label={t(`portal.trace.status.${b.status}`)} />
                    <span className="font-medium">{b.product?.title ?? b.gtin}</span>
                    {b.variant && <span className="text-sm text-stone-600">{b.variant.title}</span>}
                  </span>
                  <span className="block text-sm text-stone-600">{t("portal.trace.batch.summary", { lot: b.lot, quantity: formatNumber(b.quantity, lang), unit: b.unit, date: formatDate(b.production_date) })}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        <details className={cardClass} open={refusal?.form === "batch" || batches.length === 0}>
          <summary className="min-h-10 cursor-pointer font-semibold text-brand-700">{t("portal.trace.batches.add")}</summary>
          {variants.length === 0 ? (
            <p className="mt-3 text-sm text-stone-600">{t("portal.trace.batch.noVariants")}</p>
          ) : (
            <Form method="post" noValidate className="mt-3 space-y-4">
              <input type="hidden" name="intent" value="batch" />
              {refusal?.form === "batch" && <Notice tone="error">{refusal.message}</Notice>}
              <div>
                <label htmlFor="variant_id" className="block text-sm font-medium">
                  {t("portal.trace.batch.variant")}
                </label>
                <select id="variant_id" name="variant_id" defaultValue={value("batch", "variant_id")} aria-describedby="variant_id-hint" className={inputClass}>
                  {variants.map((v) => (
                    <option key={v.id} value={v.id}>
                      {v.label}
                    </option>
                  ))}
                </select>
                <p id="variant_id-hint" className="mt-1 text-xs text-stone-600">
                  {t("portal.trace.batch.variant.hint")}
                </p>
              </div>
              <Field name="lot" label={t("portal.trace.batch.lot")} maxLength={20} autoCapitalize="characters" defaultValue={value("batch", "lot")} hint={t("portal.trace.batch.lot.hint")} error={err("batch", "lot")} />
              <div className="grid grid-cols-2 gap-3">
                <Field name="production_date" type="date" label={t("portal.trace.batch.produced")} defaultValue={value("batch", "production_date") ?? today} error={err("batch", "production_date")} />
                <Field name="expiry_date" type="date" label={t("portal.trace.batch.expires")} defaultValue={value("batch", "expiry_date")} error={err("batch", "expiry_date")} />
                <Field name="quantity" inputMode="numeric" label={t("portal.trace.batch.quantity")} defaultValue={value("batch", "quantity")} error={err("batch", "quantity")} />
                <Field name="unit" label={t("portal.trace.batch.unit")} defaultValue={value("batch", "unit") ?? "hộp"} error={err("batch", "unit")} />
              </div>
              {areas.length > 0 && (
                <fieldset>
                  <legend className="text-sm font-medium">{t("portal.trace.batch.areas")}</legend>
                  {areas.map((a) => (
                    <label key={a.id} className="flex min-h-10 items-center gap-2 text-sm">
                      <input type="checkbox" name="growing_area_ids" value={a.id} /> {a.name} ({a.code})
                    </label>
                  ))}
                </fieldset>
              )}
              <button type="submit" className={`${primaryButton} w-full`}>
                {t("portal.trace.batches.add")}
              </button>
            </Form>
          )}
        </details>
      </section>

      <section aria-labelledby="areas-heading" className="space-y-3">
        <h2 id="areas-heading" className="text-lg font-semibold">
          {t("portal.trace.areas")}
        </h2>
        {areaAdded && !refusal && <Notice tone="success">{t("portal.trace.area.saved")}</Notice>}
        {areas.length === 0 ? (
          <p className={`${cardClass} text-sm text-stone-600`}>{t("portal.trace.areas.none")}</p>
        ) : (
          <ul className={listCardClass}>
            {areas.map((a) => (
              <li key={a.id} className="px-4 py-3">
                <p className="font-medium">{a.name}</p>
                <p className="text-sm text-stone-600">
                  {a.code} · {areaTypeLabel(a.area_type, lang)}
                  {a.crop ? ` · ${a.crop}` : ""}
                  {a.area_ha ? ` · ${a.area_ha} ha` : ""} · {a.commune}
                </p>
              </li>
            ))}
          </ul>
        )}
        <details className={cardClass} open={refusal?.form === "area"}>
          <summary className="min-h-10 cursor-pointer font-semibold text-brand-700">{t("portal.trace.areas.add")}</summary>
          <Form method="post" noValidate className="mt-3 space-y-4">
            <input type="hidden" name="intent" value="area" />
            {refusal?.form === "area" && <Notice tone="error">{refusal.message}</Notice>}
            <Field name="code" label={t("portal.trace.area.code")} autoCapitalize="characters" defaultValue={value("area", "code")} hint={t("portal.trace.area.code.hint")} error={err("area", "code")} />
            <div>
              <label htmlFor="area_type" className="block text-sm font-medium">
                {t("portal.trace.area.type")}
              </label>
              <select id="area_type" name="area_type" defaultValue={value("area", "area_type") ?? "crop_area"} className={inputClass}>
                {AREA_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {areaTypeLabel(type, lang)}
                  </option>
                ))}
              </select>
            </div>
            <Field name="name" label={t("portal.trace.area.name")} defaultValue={value("area", "name")} error={err("area", "name")} />
            <Field name="crop" label={t("portal.trace.area.crop")} defaultValue={value("area", "crop")} />
            <div className="grid grid-cols-2 gap-3">
              <Field name="area_ha" inputMode="decimal" label={t("portal.trace.area.hectares")} defaultValue={value("area", "area_ha")} error={err("area", "area_ha")} />
              <Field name="commune" label={t("portal.trace.area.commune")} defaultValue={value("area", "commune") ?? producer.commune ?? ""} error={err("area", "commune")} />
            </div>
            <button type="submit" className={`${primaryButton} w-full`}>
              {t("portal.trace.areas.add")}
            </button>
          </Form>
        </details>
      </section>
    </div>
  )
}

export function meta({ matches }: Route.MetaArgs) {
  const t = translator(langFromMatches(matches))
  return [{ title: `${t("portal.trace.title")} – ${t("portal.name")}` }, { name: "robots", content: "noindex" }]
}
