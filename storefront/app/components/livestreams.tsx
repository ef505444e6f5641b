/**
 * Producers' livestreams: the "Đang phát trực tiếp" badge with the platform and
 * its link, the next sessions with their day and time on Vietnam's clock, and the
 * home page's "live now" strip (nothing at all when nothing is live).
 * Links leave the site: `target="_blank"`, `rel="noopener nofollow"`.
 */
import { Link } from "react-router"
import { formatTime } from "~/lib/dates"
import { formatSessionTime, livestreamHref, splitLivestreams, type LiveNowLivestream, type Livestream } from "~/lib/livestreams"
import { producerPath, productPath } from "~/lib/paths"
import { useLang, useT } from "~/lib/use-lang"

export function LiveBadge() {
  const t = useT()
  return (
    <span className="inline-flex items-center gap-1.5 rounded-full bg-red-600 px-2.5 py-0.5 text-xs font-semibold uppercase tracking-wide text-white">
      <span aria-hidden="true" className="h-2 w-2 animate-pulse rounded-full bg-white" />
      {t("live.badge")}
    </span>
  )
}

function WatchLink({ session, className = "" }: { session: Livestream; className?: string }) {
  const t = useT()
  const href = livestreamHref(session.url)
  if (!href) return null
  return (
    <a href={href} target="_blank" rel="noopener nofollow" className={`font-semibold text-brand-700 hover:underline ${className}`}>
      {t("live.watchOn", { platform: session.platform_name })}
      <span className="sr-only"> {t("live.newTab")}</span>
      <span aria-hidden="true"> ↗</span>
    </a>
  )
}

/** One session: what, about which product, when, and where to watch. */
function SessionItem({ session, now, showProduct }: { session: Livestream; now: string; showProduct: boolean }) {
  const t = useT()
  const lang = useLang()
  const live = session.status === "live"
  return (
    <li className={`rounded-xl border p-3 sm:p-4 ${live ? "border-red-200 bg-red-50" : "border-stone-200 bg-white"}`}>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        {live ? <LiveBadge /> : <span className="font-medium text-stone-700">{formatSessionTime(lang, session.starts_at, session.ends_at, now)}</span>}
        <span className="rounded-full bg-stone-100 px-2 py-0.5 text-xs font-medium text-stone-700">{session.platform_name}</span>
        {live && <span className="text-xs text-stone-600">{t("live.until", { time: formatTime(session.ends_at) })}</span>}
      </p>
      <p className="mt-1 font-medium">{session.title}</p>
      {showProduct && session.product && (
        <p className="mt-0.5 text-sm text-stone-700">
          <Link to={productPath(session.product.handle)} className="hover:underline">
            {t("live.product", { product: session.product.title })}
          </Link>
        </p>
      )}
      <p className="mt-2 text-sm">
        <WatchLink session={session} />
      </p>
    </li>
  )
}

/** A producer's or product's sessions: live ones first with the badge, then upcoming ones. Nothing when there are none. */
export function LivestreamSection({ livestreams, now, showProduct = false }: { livestreams: Livestream[] | undefined; now: string; showProduct?: boolean }) {
  const t = useT()
  const { live, upcoming } = splitLivestreams(livestreams)
  if (!live.length && !upcoming.length) return null
  return (
    <section aria-labelledby="livestreams-heading" className="space-y-3">
      <h2 id="livestreams-heading" className="text-lg font-semibold">
        {live.length ? t("live.section") : t("live.upcoming")}
      </h2>
      <ul className="space-y-2">
        {[...live, ...upcoming].map((session) => (
          <SessionItem key={session.id} session={session} now={now} showProduct={showProduct} />
        ))}
      </ul>
    </section>
  )
}

/** The home page's strip of sessions live right now, across producers. Nothing when nothing is live. */
export function LiveNowStrip({ livestreams }: { livestreams: LiveNowLivestream[] }) {
  const t = useT()
  if (!livestreams.length) return null
  return (
    <section aria-labelledby="live-now" className="rounded-2xl border border-red-200 bg-red-50/60 p-4 sm:p-5">
      <div className="mb-3 flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 id="live-now" className="flex items-center gap-2 text-xl font-semibold sm:text-2xl">
          <span aria-hidden="true" className="h-3 w-3 animate-pulse rounded-full bg-red-600" />
          {t("live.strip.title")}
        </h2>
        <p className="text-sm text-stone-700">{t("live.strip.lead")}</p>
      </div>
      <ul className="-mx-4 flex snap-x scroll-px-4 gap-3 overflow-x-auto px-4 pb-2 sm:mx-0 sm:grid sm:grid-cols-2 sm:overflow-visible sm:px-0 lg:grid-cols-3">
        {livestreams.map((session) => (
          <li key={session.id} className="w-72 shrink-0 snap-start rounded-xl border border-stone-200 bg-white p-3 shadow-sm sm:w-auto">
            <p className="flex flex-wrap items-center gap-2 text-xs">
              <span className="rounded-full bg-red-600 px-2 py-0.5 font-semibold text-white">{session.platform_name}</span>
              <span className="text-stone-600">{t("live.until", { time: formatTime(session.ends_at) })}</span>
            </p>
            <p className="mt-1 font-medium leading-snug">{session.title}</p>
            <p className="mt-0.5 text-sm text-stone-700">
              <Link to={producerPath(session.producer.handle)} className="hover:underline">
                {session.producer.name}
              </Link>
              {session.product && (
                <>
                  {" · "}
                  <Link to={productPath(session.product.handle)} className="hover:underline">
                    {session.product.title}
                  </Link>
                </>
              )}
            </p>
            <p className="mt-2 text-sm">
              <WatchLink session={session} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}
