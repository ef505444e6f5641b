/**
 * The parts of the pages a label's QR code opens (`/01/{gtin}[/10/{lot}]`), in the
 * order a consumer wants them: is it genuine, what is it, who made it and where,
 * when, the OCOP rating, the steps, where to buy it again. Plain HTML: no JavaScript.
 */
import { Link } from "react-router"
import { formatDate, isoDate } from "~/lib/dates"
import { legalFormLabel } from "~/lib/i18n"
import { responsiveImage } from "~/lib/images"
import { epcisPath, producerPath, productPath, TRACE_KEYS_PATH } from "~/lib/paths"
import {
  areaTypeLabel,
  bizStepLabel,
  dispositionLabel,
  eventDateTime,
  expiryMismatch,
  formatCoordinates,
  formatEventTime,
  formatNumber,
  formatQuantity,
  isNotableDisposition,
  isPastExpiry,
  labelExpiry,
  lastExpiredCertificate,
  osmLink,
  tamperReason,
  type GrowingArea,
  type ScanSignal,
  type TraceBatch,
  type TraceEvent,
  type TraceItem,
  type Verification,
} from "~/lib/trace"
import { useLang, useT } from "~/lib/use-lang"
import { OcopBadge } from "./ocop-badge"

const card = "rounded-2xl border border-stone-200 bg-white p-4"
const h2 = "text-lg font-semibold"

function CheckIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="h-8 w-8 shrink-0 fill-none stroke-current" strokeWidth="2.5">
      <circle cx="12" cy="12" r="10" />
      <path d="M7 12.5l3.2 3.2L17 9" />
    </svg>
  )
}

function WarningIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="h-8 w-8 shrink-0 fill-none stroke-current" strokeWidth="2.2">
      <path d="M12 3L2 20.5h20z" strokeLinejoin="round" />
      <path d="M12 10v5M12 17.5v.5" strokeLinecap="round" />
    </svg>
  )
}

/** The answer to "is this genuine?": the signature check, in one sentence. */
export function Verdict({ verification, suspicious = false }: { verification: Verification; suspicious?: boolean }) {
  const t = useT()
  const lang = useLang()
  if (verification.status === "verified" && suspicious) {
    // The record is genuine, but the code in the reader's hands may have been copied: no "genuine product".
    return (
      <section aria-label={t("trace.verdict")} className="flex gap-3 rounded-2xl border border-brand-600 bg-brand-50 p-4 text-brand-700">
        <CheckIcon />
        <div>
          <p className="text-lg font-bold leading-snug">{t("trace.verifiedRecord.title")}</p>
          <p className="mt-1 text-sm text-stone-800">{t("trace.verifiedRecord.body")}</p>
        </div>
      </section>
    )
  }
  if (verification.status === "verified") {
    return (
      <section aria-label={t("trace.verdict")} className="flex gap-3 rounded-2xl bg-brand-700 p-4 text-white">
        <CheckIcon />
        <div>
          <p className="text-xl font-bold leading-snug">{t("trace.verified.title")}</p>
          <p className="mt-1 text-sm text-white/90">{t("trace.verified.body")}</p>
        </div>
      </section>
    )
  }
  const tampered = verification.status === "tampered"
  return (
    <section
      aria-label={t("trace.verdict")}
      className={`flex gap-3 rounded-2xl p-4 ${tampered ? "bg-red-700 text-white" : "border-2 border-amber-500 bg-amber-50 text-amber-950"}`}
    >
      <WarningIcon />
      <div>
        <p className="text-xl font-bold leading-snug">{t(tampered ? "trace.tampered.title" : "trace.unsigned.title")}</p>
        <p className="mt-1 text-sm">{t(tampered ? "trace.tampered.body" : "trace.unsigned.body")}</p>
        {tampered && <p className="mt-2 text-sm font-semibold">{t("trace.tampered.reason", { reason: tamperReason(verification.reason, lang) })}</p>}
      </div>
    </section>
  )
}

/** A copied label: one code scanned far too often, or in too many places. */
export function CounterfeitWarning({ scans, item }: { scans: ScanSignal; item: TraceItem }) {
  const t = useT()
  if (!scans.suspicious) return null
  return (
    <section aria-label={t("trace.suspicious.title", { scans: scans.scans, places: scans.places })} className="flex gap-3 rounded-2xl border-2 border-orange-500 bg-orange-50 p-4 text-orange-950">
      <WarningIcon />
      <div>
        <p className="text-lg font-bold leading-snug">{t("trace.suspicious.title", { scans: scans.scans, places: scans.places })}</p>
        <p className="mt-1 text-sm">{t("trace.suspicious.body")}</p>
        {item.producer && (
          <p className="mt-2">
            <Link to={producerPath(item.producer.handle)} reloadDocument className="inline-flex min-h-10 items-center font-semibold underline">
              {t("trace.suspicious.buy", { producer: item.producer.name })}
            </Link>
          </p>
        )}
      </div>
    </section>
  )
}

/** A withdrawn batch: the reason first, in large type. */
export function RecallBanner({ batch }: { batch: TraceBatch }) {
  const t = useT()
  return (
    <section aria-label={t("trace.recall.title")} className="rounded-2xl border-4 border-red-700 bg-red-50 p-4 text-red-950">
      <div className="flex gap-3">
        <WarningIcon />
        <div>
          <p className="text-2xl font-extrabold uppercase leading-tight text-red-800">{t("trace.recall.title")}</p>
          <p className="mt-1 font-medium">{t("trace.recall.body")}</p>
        </div>
      </div>
      {batch.withdrawal_reason && (
        <div className="mt-3 rounded-xl bg-white p-3">
          <p className="text-sm text-red-800">{t("trace.recall.reason")}</p>
          <p className="text-lg font-bold">{batch.withdrawal_reason}</p>
        </div>
      )}
      {batch.withdrawn_at && (
        <p className="mt-2 text-sm">
          {t("trace.recall.date", { date: formatDate(batch.withdrawn_at) })}
        </p>
      )}
    </section>
  )
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[7.5rem_1fr] gap-2 py-1.5">
      <dt className="text-stone-600">{label}</dt>
      <dd className="min-w-0 break-words font-medium">{children}</dd>
    </div>
  )
}

/** What it is: the product, its variant and the keys the label carries. */
export function ProductSummary({ item, lot, serial }: { item: TraceItem; lot?: string; serial?: string | null }) {
  const t = useT()
  const image = responsiveImage(item.product.thumbnail, 400)
  return (
    <section aria-labelledby="product-heading" className={card}>
      <div className="flex gap-4">
        {image ? (
          <img
            src={image.src}
            width={400}
            height={400}
            decoding="async"
            alt={t("trace.image", { title: item.product.title })}
            className="h-24 w-24 shrink-0 rounded-xl bg-stone-100 object-cover"
          />
        ) : null}
        <div className="min-w-0">
          <p className="text-sm text-stone-600">{t("trace.what")}</p>
          <h1 id="product-heading" className="text-2xl font-bold leading-tight">
            {item.product.title}
          </h1>
          {item.product.subtitle && <p className="mt-1 text-sm text-stone-700">{item.product.subtitle}</p>}
        </div>
      </div>
      <dl className="mt-3 divide-y divide-stone-100 text-sm">
        <Field label={t("trace.variant")}>{item.variant.title}</Field>
        <Field label={t("trace.gtin")}>
          <span className="font-mono">{item.gtin}</span>
        </Field>
        {lot && (
          <Field label={t("trace.lot")}>
            <span className="font-mono">{lot}</span>
          </Field>
        )}
        {serial && (
          <Field label={t("trace.serial")}>
            <span className="font-mono">{serial}</span>
          </Field>
        )}
      </dl>
    </section>
  )
}

/** Who made it: name, legal form, address, phone, and their page. */
export function ProducerSection({ item }: { item: TraceItem }) {
  const t = useT()
  const lang = useLang()
  const producer = item.producer
  if (!producer) return null
  const address = [producer.street, producer.commune, producer.province].filter(Boolean).join(", ")
  return (
    <section aria-labelledby="producer-heading" className={card}>
      <h2 id="producer-heading" className={h2}>
        {t("trace.who")}
      </h2>
      <p className="mt-2 text-lg font-semibold leading-snug">
        <Link to={producerPath(producer.handle)} reloadDocument className="text-brand-700 underline-offset-2 hover:underline">
          {producer.name}
        </Link>
        {producer.verified && <span className="ml-2 align-middle text-xs font-medium text-brand-700">✓ {t("trace.producer.verified")}</span>}
      </p>
      <dl className="mt-2 divide-y divide-stone-100 text-sm">
        <Field label={t("producers.legalForm")}>{legalFormLabel(lang, producer.legal_form)}</Field>
        <Field label={t("producer.address")}>{address}</Field>
        {producer.phone && (
          <Field label={t("producer.phone")}>
            <a href={`tel:${producer.phone.replace(/[^\d+]/g, "")}`} className="text-brand-700 underline">
              {producer.phone}
            </a>
          </Field>
        )}
      </dl>
    </section>
  )
}

function AreaItem({ area }: { area: GrowingArea }) {
  const t = useT()
  const lang = useLang()
  const place = [area.commune, area.province].filter(Boolean).join(", ")
  const hasPoint = typeof area.latitude === "number" && typeof area.longitude === "number"
  return (
    <li className="py-3 first:pt-1 last:pb-0">
      <p className="font-semibold leading-snug">{area.name}</p>
      <p className="text-sm text-stone-600">{areaTypeLabel(area.area_type, lang)}</p>
      <dl className="mt-1 text-sm">
        <Field label={t("trace.area.code")}>
          <span className="font-mono">{area.code}</span>
        </Field>
        {area.crop && <Field label={t(area.area_type === "packing_house" ? "trace.area.products" : "trace.area.crop")}>{area.crop}</Field>}
        {typeof area.area_ha === "number" && <Field label={t("trace.area.size")}>{formatNumber(area.area_ha, lang)} ha</Field>}
        {place && <Field label={t("trace.area.place")}>{place}</Field>}
        {hasPoint && (
          <Field label={t("trace.area.coordinates")}>
            <a href={osmLink(area.latitude!, area.longitude!)} title={t("trace.area.map")} className="text-brand-700 underline">
              {formatCoordinates(area.latitude!, area.longitude!)}
            </a>
          </Field>
        )}
        {area.issuer && <Field label={t("trace.area.issuer")}>{area.issuer}</Field>}
        {area.certifications && area.certifications.length > 0 && <Field label={t("trace.standards")}>{area.certifications.join(", ")}</Field>}
      </dl>
    </li>
  )
}

/** Where it comes from: the registered growing, aquaculture and packing areas of the batch. */
export function AreasSection({ areas }: { areas: GrowingArea[] }) {
  const t = useT()
  if (areas.length === 0) return null
  return (
    <section aria-labelledby="areas-heading" className={card}>
      <h2 id="areas-heading" className={h2}>
        {t("trace.areas")}
      </h2>
      <ul className="divide-y divide-stone-100">
        {areas.map((area) => (
          <AreaItem key={area.id} area={area} />
        ))}
      </ul>
    </section>
  )
}

function DateValue({ value }: { value: string }) {
  return <time dateTime={isoDate(value)}>{formatDate(value)}</time>
}

/** When: harvest, production and expiry, and whether it is still good. */
export function DatesSection({ batch, label }: { batch: TraceBatch; label?: string | null }) {
  const t = useT()
  const lang = useLang()
  const expired = isPastExpiry(batch.expiry_date)
  const mismatch = expiryMismatch(label, batch.expiry_date)
  const fromLabel = labelExpiry(label)
  return (
    <section aria-labelledby="dates-heading" className={card}>
      <h2 id="dates-heading" className={h2}>
        {t("trace.when")}
      </h2>
      <dl className="mt-2 divide-y divide-stone-100 text-sm">
        {batch.harvest_date && (
          <Field label={t("trace.harvest")}>
            <DateValue value={batch.harvest_date} />
          </Field>
        )}
        <Field label={t("trace.production")}>
          <DateValue value={batch.production_date} />
        </Field>
        {batch.expiry_date && (
          <Field label={t("trace.expiry")}>
            <DateValue value={batch.expiry_date} />{" "}
            <span
              className={`ml-1 inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${expired ? "bg-red-100 text-red-800" : "bg-brand-50 text-brand-700"}`}
            >
              {t(expired ? "trace.expired" : "trace.valid")}
            </span>
          </Field>
        )}
        <Field label={t("trace.quantity")}>
          {formatNumber(batch.quantity, lang)} {batch.unit}
        </Field>
      </dl>
      {mismatch && fromLabel && batch.expiry_date && (
        <p className="mt-3 rounded-lg bg-amber-50 p-3 text-sm font-medium text-amber-950">
          {t("trace.expiryMismatch", { label: formatDate(`${fromLabel}T12:00:00+07:00`), record: formatDate(batch.expiry_date) })}
        </p>
      )}
    </section>
  )
}

/** The OCOP rating, only while a certificate is valid; otherwise say it has expired. Then the standards. */
export function OcopSection({ item, standards = [] }: { item: TraceItem; standards?: string[] }) {
  const t = useT()
  const ocop = item.ocop
  const ended = ocop ? null : lastExpiredCertificate(item.certificates)
  return (
    <section aria-labelledby="ocop-heading" className={card}>
      <h2 id="ocop-heading" className={h2}>
        {t("trace.ocop")}
      </h2>
      {ocop ? (
        <div className="mt-2">
          <OcopBadge star={ocop.star} size="lg" />
          <p className="mt-2 text-sm font-medium">
            {t("trace.ocop.decision", { number: ocop.decision_number })} · {ocop.issuing_authority}
          </p>
          <p className="text-sm text-stone-700">
            {t("trace.ocop.validUntil", { date: formatDate(ocop.expires_at) })}
          </p>
        </div>
      ) : ended ? (
        <div className="mt-2">
          <p className="font-semibold text-red-800">{t("trace.ocop.expired")}</p>
          <p className="mt-1 text-sm text-stone-700">
            {t("trace.ocop.expiredBody", { number: ended.decision_number, authority: ended.issuing_authority, date: formatDate(ended.expires_at) })}
          </p>
        </div>
      ) : (
        <p className="mt-2 text-sm text-stone-700">{t("trace.ocop.none")}</p>
      )}
      {standards.length > 0 && (
        <>
          <h3 className="mt-4 text-sm font-semibold text-stone-800">{t("trace.standards")}</h3>
          <ul className="mt-2 flex flex-wrap gap-2">
            {standards.map((s) => (
              <li key={s} className="rounded-full bg-stone-100 px-3 py-1 text-sm font-medium text-stone-800">
                {s}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}

function placeName(code: string | null, areas: GrowingArea[]): string | null {
  if (!code) return null
  const area = areas.find((a) => a.code === code)
  return area ? `${area.name} (${code})` : code
}

function EventItem({ event, areas }: { event: TraceEvent; areas: GrowingArea[] }) {
  const t = useT()
  const lang = useLang()
  const place = placeName(event.read_point, areas)
  const site = event.biz_location && event.biz_location !== event.read_point ? placeName(event.biz_location, areas) : null
  const inputs = (event.inputs ?? []).map((q) => formatQuantity(q, lang))
  const outputs = (event.outputs ?? []).map((q) => formatQuantity(q, lang))
  return (
    <li className="relative pb-5 pl-6 last:pb-0">
      <span aria-hidden="true" className="absolute left-0 top-1.5 h-3 w-3 rounded-full bg-brand-600 ring-4 ring-brand-50" />
      <p className="text-xs text-stone-600">
        <time dateTime={eventDateTime(event.event_time, event.event_timezone)}>{formatEventTime(event.event_time, event.event_timezone)}</time>
      </p>
      <h3 className="font-semibold">
        {bizStepLabel(event.biz_step, lang)}
        {isNotableDisposition(event.disposition) && (
          <span className="ml-2 rounded-full bg-stone-100 px-2 py-0.5 align-middle text-xs font-medium text-stone-700">
            {dispositionLabel(event.disposition, lang)}
          </span>
        )}
      </h3>
      {event.corrects_event_id && <p className="text-xs font-medium text-amber-800">{t("trace.event.correction")}</p>}
      {place && (
        <p className="text-sm text-stone-700">
          {t("trace.event.place")}: {place}
        </p>
      )}
      {site && (
        <p className="text-sm text-stone-700">
          {t("trace.event.location")}: {site}
        </p>
      )}
      {event.note && <p className="mt-1 text-sm">{event.note}</p>}
      {inputs.length > 0 && outputs.length > 0 ? (
        <p className="mt-1 text-sm text-stone-700">
          {inputs.join(", ")} <span aria-hidden="true">→</span>
          <span className="sr-only">{t("trace.event.outputs")}:</span> {outputs.join(", ")}
        </p>
      ) : inputs.length > 0 ? (
        <p className="mt-1 text-sm text-stone-700">
          {t("trace.event.inputs")}: {inputs.join(", ")}
        </p>
      ) : outputs.length > 0 ? (
        <p className="mt-1 text-sm text-stone-700">
          {t("trace.event.result")}: {outputs.join(", ")}
        </p>
      ) : null}
    </li>
  )
}

/** The steps the batch went through, oldest first. */
export function Timeline({ events, areas }: { events: TraceEvent[]; areas: GrowingArea[] }) {
  const t = useT()
  return (
    <section aria-labelledby="steps-heading" className={card}>
      <h2 id="steps-heading" className={h2}>
        {t("trace.steps")}
      </h2>
      {events.length === 0 ? (
        <p className="mt-2 text-sm text-stone-700">{t("trace.steps.none")}</p>
      ) : (
        <ol className="mt-3 border-l-2 border-brand-50 pl-0 [&>li]:-ml-[7px]">
          {events.map((event) => (
            <EventItem key={event.id} event={event} areas={areas} />
          ))}
        </ol>
      )}
    </section>
  )
}

/** Where to buy it again: the product page (this variant) and the producer's other products. */
export function BuyAgain({ item }: { item: TraceItem }) {
  const t = useT()
  const product = `${productPath(item.product.handle)}?variant=${encodeURIComponent(item.variant.id)}`
  return (
    <section aria-labelledby="buy-heading" className={card}>
      <h2 id="buy-heading" className={h2}>
        {t("trace.buy")}
      </h2>
      <p className="mt-1 text-sm text-stone-700">{t("trace.buy.lead")}</p>
      <p className="mt-3">
        <Link
          to={product}
          reloadDocument
          className="flex min-h-12 items-center justify-center rounded-xl bg-brand-600 px-4 text-lg font-semibold text-white hover:bg-brand-700"
        >
          {t("trace.buy")}: {item.product.title}
        </Link>
      </p>
      {item.producer && (
        <p className="mt-2 text-center">
          <Link to={producerPath(item.producer.handle)} reloadDocument className="inline-flex min-h-10 items-center text-sm font-semibold text-brand-700 underline">
            {t("trace.buy.producer", { producer: item.producer.name })}
          </Link>
        </p>
      )}
    </section>
  )
}

/** For the curious and for auditors: the public keys, the EPCIS export and the record's fingerprint. */
export function VerifyLinks({ batch }: { batch: TraceBatch }) {
  const t = useT()
  return (
    <section aria-label={t("trace.tech")} className="px-1 text-sm text-stone-600">
      <p className="flex flex-wrap gap-x-5 gap-y-1">
        <a href={TRACE_KEYS_PATH} className="inline-flex min-h-10 items-center underline">
          {t("trace.verify.keys")}
        </a>
        <a href={epcisPath(batch.gtin, batch.lot)} type="application/ld+json" className="inline-flex min-h-10 items-center underline">
          {t("trace.verify.epcis")}
        </a>
      </p>
      {(batch.record_hash || batch.key_id) && (
        <details className="mt-1">
          <summary className="min-h-10 cursor-pointer py-2">{t("trace.tech")}</summary>
          <dl className="text-xs">
            {batch.record_hash && (
              <div className="py-1">
                <dt>{t("trace.tech.hash")}</dt>
                <dd className="break-all font-mono">{batch.record_hash}</dd>
              </div>
            )}
            {batch.key_id && (
              <div className="py-1">
                <dt>{t("trace.tech.key")}</dt>
                <dd className="break-all font-mono">{batch.key_id}</dd>
              </div>
            )}
            {batch.published_at && (
              <div className="py-1">
                <dt>{t("trace.tech.published")}</dt>
                <dd>{formatEventTime(batch.published_at, "+07:00")}</dd>
              </div>
            )}
          </dl>
        </details>
      )}
    </section>
  )
}
