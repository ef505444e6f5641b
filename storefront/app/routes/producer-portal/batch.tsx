/**
 * `/producer/trace/batches/:id`: one of the producer's batches — its steps (add one),
 * publish, print its QR labels (an A4 sheet from the backend), withdraw it with a reason.
 */
import { Form, Link, data, redirect } from "react-router"
import type { Route } from "./+types/batch"
import { Field, Notice, PageTitle, StatusBadge, cardClass, inputClass, primaryButton, secondaryButton } from "~/components/portal"
import { formatDate, formatTime } from "~/lib/dates"
import { requestLang, translator, type MessageKey } from "~/lib/i18n"
import { isoToVietnamLocal } from "~/lib/producer-portal"
import { portalCall, portalGet, refusalMessage } from "~/lib/producer-portal.server"
import { EVENT_STEPS, EVENT_UNITS, readEventForm } from "~/lib/producer-trace"
import { bizStepLabel, formatNumber, formatQuantity, type GrowingArea, type TraceBatch, type TraceEvent } from "~/lib/trace"
import { langFromMatches, useLang, useT } from "~/lib/use-lang"

type PortalBatch = Omit<TraceBatch, "events" | "growing_areas"> & {
  events: TraceEvent[]
  growing_areas?: GrowingArea[]
  digital_link?: string
  product: { title: string; handle: string } | null
}

const DONE = ["created", "event", "published", "withdrawn"] as const

export async function loader({ request, params }: Route.LoaderArgs) {
  const { production_batch } = await portalGet<{ production_batch: PortalBatch }>(request, `/producer/batches/${encodeURIComponent(params.id)}`)
  const done = new URL(request.url).searchParams.get("done")
  return { batch: production_batch, done: DONE.find((d) => d === done) ?? null, now: isoToVietnamLocal(new Date()) }
}

export async function action({ request, params }: Route.ActionArgs) {
  const t = translator(requestLang(request))
  const path = `/producer/batches/${encodeURIComponent(params.id)}`
  const form = await request.formData()
  const intent = String(form.get("intent") ?? "")
  const refusal = (answer: { body: { message?: string } }) => t("portal.error.refused", { message: refusalMessage(answer, t("portal.error.backend")) })
  const back = (done: (typeof DONE)[number]) => redirect(`/producer/trace/batches/${encodeURIComponent(params.id)}?done=${done}`, { status: 303 })
  if (intent === "publish" || intent === "withdraw") {
    const reason = String(form.get("reason") ?? "").normalize("NFC").trim().slice(0, 500)
    if (intent === "withdraw" && reason.length < 3) return data({ intent, errors: { reason: "portal.invalid.required" } as Record<string, MessageKey>, message: t("portal.form.fix"), values: null }, { status: 400 })
    const answer = await portalCall(request, "POST", `${path}/${intent}`, { json: intent === "withdraw" ? { reason } : {} })
    if (!answer.ok) return data({ intent, errors: {} as Record<string, MessageKey>, message: refusal(answer), values: null }, { status: 400 })
    throw back(intent === "publish" ? "published" : "withdrawn")
  }
  const { values, errors, body } = readEventForm(form)
  if (!body) return data({ intent: "event", errors, message: t("portal.form.fix"), values }, { status: 400 })
  const answer = await portalCall(request, "POST", `${path}/events`, { json: body })
  if (!answer.ok) return data({ intent: "event", errors: {} as Record<string, MessageKey>, message: refusal(answer), values }, { status: 400 })
  throw back("event")
}

export default function Batch({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const lang = useLang()
  const { batch, done, now } = loaderData
  const errors: Record<string, MessageKey> = actionData?.errors ?? {}
  const err = (name: string) => (errors[name] ? t(errors[name]) : undefined)
  const values = actionData?.intent === "event" ? actionData.values : null
  const doneMessage: Record<(typeof DONE)[number], MessageKey> = {
    created: "portal.trace.batch.created",
    event: "portal.trace.event.saved",
    published: "portal.trace.published",
    withdrawn: "portal.trace.withdrawn",
  }
  return (
    <div className="space-y-4">
      <p>
        <Link to="/producer/trace" className="inline-flex min-h-10 items-center text-sm text-stone-700 underline">
          ← {t("portal.trace.title")}
        </Link>
      </p>
      <PageTitle>{t("portal.trace.batch.summary", { lot: batch.lot, quantity: formatNumber(batch.quantity, lang), unit: batch.unit, date: formatDate(batch.production_date) })}</PageTitle>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <StatusBadge status={batch.status} label={t(`portal.trace.status.${batch.status}`)} />
        {batch.product && <span className="font-medium">{batch.product.title}</span>}
        <span className="font-mono text-stone-600">GTIN {batch.gtin}</span>
      </p>
      {done && !actionData && <Notice tone="success">{t(doneMessage[done])}</Notice>}
      {actionData?.message && actionData.intent !== "event" && <Notice tone="error">{actionData.message}</Notice>}
      {batch.status === "withdrawn" && batch.withdrawal_reason && <Notice tone="error">{t("portal.trace.withdrawnBecause", { reason: batch.withdrawal_reason })}</Notice>}

      {batch.status !== "withdrawn" && (
        <section aria-labelledby="labels-heading" className={`${cardClass} space-y-3`}>
          <h2 id="labels-heading" className="font-semibold">
            {t("portal.trace.labels")}
          </h2>
          <p className="text-sm text-stone-700">{t("portal.trace.labels.lead")}</p>
          {batch.digital_link && (
            <p className="break-all text-xs text-stone-600">
              {t("portal.trace.link")}: <span className="font-mono">{batch.digital_link}</span>
            </p>
          )}
          <form method="get" action={`/producer/trace/batches/${batch.id}/labels`} target="_blank" className="flex items-end gap-2">
            <Field name="copies" type="number" min={1} max={240} defaultValue={24} label={t("portal.trace.labels.copies")} className="w-28" />
            <button type="submit" className={secondaryButton}>
              {t("portal.trace.labels")}
            </button>
          </form>
        </section>
      )}

      {batch.status === "draft" && (
        <Form method="post" className={`${cardClass} space-y-2`}>
          <p className="text-sm text-stone-700">{t("portal.trace.publish.lead")}</p>
          <button type="submit" name="intent" value="publish" className={`${primaryButton} w-full`}>
            {t("portal.trace.publish")}
          </button>
        </Form>
      )}

      <section aria-labelledby="events-heading" className={`${cardClass} space-y-3`}>
        <h2 id="events-heading" className="font-semibold">
          {t("portal.trace.events")}
        </h2>
        {batch.events.length === 0 ? (
          <p className="text-sm text-stone-600">{t("portal.trace.events.none")}</p>
        ) : (
          <ol className="space-y-2 border-l-2 border-brand-600/30 pl-4">
            {batch.events.map((e) => (
              <li key={e.id} className="text-sm">
                <p className="font-medium">{bizStepLabel(e.biz_step, lang)}</p>
                <p className="text-stone-600">
                  {formatDate(e.event_time)} {formatTime(e.event_time)}
                  {e.read_point ? ` · ${e.read_point}` : ""}
                </p>
                {(e.outputs ?? []).map((q, i) => (
                  <p key={i} className="text-stone-700">
                    {formatQuantity(q, lang)}
                  </p>
                ))}
                {e.note && <p className="text-stone-700">{e.note}</p>}
              </li>
            ))}
          </ol>
        )}
        {batch.status !== "withdrawn" && (
          <details open={actionData?.intent === "event" || batch.events.length === 0}>
            <summary className="min-h-10 cursor-pointer font-semibold text-brand-700">{t("portal.trace.event.add")}</summary>
            <Form method="post" noValidate className="mt-3 space-y-4">
              <input type="hidden" name="intent" value="event" />
              {actionData?.intent === "event" && actionData.message && <Notice tone="error">{actionData.message}</Notice>}
              <div>
                <label htmlFor="biz_step" className="block text-sm font-medium">
                  {t("portal.trace.event.step")}
                </label>
                <select id="biz_step" name="biz_step" defaultValue={values?.biz_step ?? "harvesting"} className={inputClass}>
                  {EVENT_STEPS.map((s) => (
                    <option key={s} value={s}>
                      {bizStepLabel(s, lang)}
                    </option>
                  ))}
                </select>
              </div>
              <Field name="event_time" type="datetime-local" label={t("portal.trace.event.time")} defaultValue={values?.event_time ?? now} error={err("event_time")} />
              <Field name="description" label={t("portal.trace.event.what")} placeholder={t("portal.trace.event.what.placeholder")} defaultValue={values?.description} />
              <div className="grid grid-cols-2 gap-3">
                <Field name="quantity" inputMode="decimal" label={t("portal.trace.event.quantity")} defaultValue={values?.quantity} error={err("quantity")} />
                <div>
                  <label htmlFor="uom" className="block text-sm font-medium">
                    {t("portal.trace.event.unit")}
                  </label>
                  <select id="uom" name="uom" defaultValue={values?.uom ?? "KGM"} className={inputClass}>
                    {EVENT_UNITS.map((u) => (
                      <option key={u} value={u}>
                        {formatQuantity({ quantity: 0, uom: u }, lang).replace(/^0\s*/, "")}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
              {(batch.growing_areas ?? []).length > 0 && (
                <div>
                  <label htmlFor="read_point" className="block text-sm font-medium">
                    {t("portal.trace.event.place")}
                  </label>
                  <select id="read_point" name="read_point" defaultValue={values?.read_point ?? ""} className={inputClass}>
                    <option value="">–</option>
                    {(batch.growing_areas ?? []).map((a) => (
                      <option key={a.id} value={a.code}>
                        {a.name} ({a.code})
                      </option>
                    ))}
                  </select>
                </div>
              )}
              <Field name="note" label={t("portal.trace.event.note")} maxLength={1000} defaultValue={values?.note} />
              <button type="submit" className={`${primaryButton} w-full`}>
                {t("portal.trace.event.add")}
              </button>
            </Form>
          </details>
        )}
      </section>

      {batch.status === "published" && (
        <details className={cardClass} open={actionData?.intent === "withdraw"}>
          <summary className="min-h-10 cursor-pointer font-semibold text-red-700">{t("portal.trace.withdraw")}</summary>
          <Form method="post" className="mt-3 space-y-3">
            <p className="text-sm text-stone-700">{t("portal.trace.withdraw.lead")}</p>
            <Field name="reason" label={t("portal.trace.withdraw.reason")} required minLength={3} maxLength={500} error={err("reason")} />
            <button type="submit" name="intent" value="withdraw" className="min-h-11 w-full rounded-lg bg-red-700 px-4 font-semibold text-white hover:bg-red-800">
              {t("portal.trace.withdraw")}
            </button>
          </Form>
        </details>
      )}
    </div>
  )
}

export function meta({ data, matches }: Route.MetaArgs) {
  const t = translator(langFromMatches(matches))
  return [{ title: `${data?.batch.lot ?? ""} – ${t("portal.trace.title")}` }, { name: "robots", content: "noindex" }]
}
