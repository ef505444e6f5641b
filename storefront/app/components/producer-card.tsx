import { Link } from "react-router"
import type { ProducerSummary } from "~/lib/catalog"
import { legalFormLabel } from "~/lib/i18n"
import { responsiveImage } from "~/lib/images"
import { useLang, useT } from "~/lib/use-lang"
import { producerPath } from "~/lib/paths"

export { producerPath }

export function VerifiedMark({ className = "" }: { className?: string }) {
  const t = useT()
  return (
    <span className={`inline-flex items-center gap-1 text-xs font-medium text-brand-700 ${className}`}>
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-current">
        <path d="M10 1.5l2.2 1.6 2.7-.1.8 2.6 2.2 1.6-.9 2.6.9 2.6-2.2 1.6-.8 2.6-2.7-.1L10 18.5l-2.2-1.6-2.7.1-.8-2.6L2.1 12.8 3 10.2l-.9-2.6 2.2-1.6.8-2.6 2.7.1zM8.7 13.3l5.2-5.2-1.1-1.1-4.1 4.1-1.9-1.9-1.1 1.1z" />
      </svg>
      {t("producer.verified")}
    </span>
  )
}

export function ProducerLogo({ url, name, size = 56 }: { url: string | null; name: string; size?: number }) {
  const image = responsiveImage(url, 400)
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(-2)
    .map((w) => w[0])
    .join("")
    .toUpperCase()
  const box = { width: size, height: size }
  if (!image) {
    return (
      <span
        aria-hidden="true"
        style={box}
        className="inline-flex shrink-0 items-center justify-center rounded-full bg-brand-50 font-semibold text-brand-700 ring-1 ring-brand-600/20"
      >
        {initials}
      </span>
    )
  }
  return (
    <img
      src={image.src}
      srcSet={image.srcSet}
      sizes={`${size}px`}
      width={size}
      height={size}
      loading="lazy"
      decoding="async"
      alt=""
      style={box}
      className="shrink-0 rounded-full bg-white object-cover ring-1 ring-stone-200"
    />
  )
}

/** A producer in a list: logo, name, legal form, commune, product count. */
export function ProducerCard({ producer }: { producer: ProducerSummary }) {
  const t = useT()
  const lang = useLang()
  return (
    <article className="relative flex h-full gap-3 rounded-xl border border-stone-200 bg-white p-4 shadow-sm transition hover:shadow-md focus-within:ring-2 focus-within:ring-brand-600">
      <ProducerLogo url={producer.logo_url} name={producer.name} />
      <div className="min-w-0 flex-1">
        <h3 className="font-semibold leading-snug">
          <Link to={producerPath(producer.handle)} className="outline-none after:absolute after:inset-0">
            {producer.name}
          </Link>
        </h3>
        <p className="mt-0.5 text-xs text-stone-600">
          {legalFormLabel(lang, producer.legal_form)} · {producer.commune}
        </p>
        <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-stone-700">
          <span>{t("common.productCount", { count: producer.product_count })}</span>
          {producer.top_star && (
            <span className="text-amber-800">
              <span aria-hidden="true" className="text-star">
                ★{" "}
              </span>
              {t("producers.topStar", { star: producer.top_star })}
            </span>
          )}
          {producer.verified && <VerifiedMark />}
        </p>
      </div>
    </article>
  )
}
