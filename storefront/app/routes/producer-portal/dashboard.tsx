/**
 * `/producer`: the day at a glance — certificates that expire soon (90 and 30 days
 * ahead), today's orders and those still to ship, sessions live now — and the way to the
 * rest of the portal.
 */
import { Link } from "react-router"
import type { Route } from "./+types/dashboard"
import { isoDate } from "~/lib/dates"
import { translator } from "~/lib/i18n"
import type { Livestream } from "~/lib/livestreams"
import { certificatesNeedingAttention, type PortalCertificate, type PortalOrder } from "~/lib/producer-portal"
import { portalCall, portalGet } from "~/lib/producer-portal.server"
import { langFromMatches, useT } from "~/lib/use-lang"
import { usePortalMe } from "~/lib/use-portal"
import { CertificateWarning, Notice, StatusBadge, cardClass } from "~/components/portal"

export async function loader({ request }: Route.LoaderArgs) {
  const [certificates, orders, live] = await Promise.all([
    portalGet<{ certificates: PortalCertificate[] }>(request, "/producer/certificates"),
    portalGet<{ producer_orders: PortalOrder[]; count: number }>(request, "/producer/orders", { limit: 100 }),
    portalCall<{ livestreams: Livestream[] }>(request, "GET", "/producer/livestreams", { query: { status: "live" } }).catch(() => null),
  ])
  const today = isoDate(new Date())
  return {
    warnings: certificatesNeedingAttention(certificates.certificates),
    ordersToday: orders.producer_orders.filter((o) => isoDate(o.order?.created_at ?? o.created_at) === today).length,
    toShip: orders.producer_orders.filter((o) => o.status === "pending").length,
    live: live?.ok ? live.body.livestreams.filter((s) => s.status === "live") : [],
  }
}

export default function Dashboard({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const { producer } = usePortalMe()
  const { warnings, ordersToday, toShip, live } = loaderData
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-bold">{producer.name}</h1>
        <p className="mt-1 flex items-center gap-2 text-sm text-stone-600">
          <StatusBadge status={producer.status} label={t(`portal.producerStatus.${producer.status}`)} />
          {producer.commune}
        </p>
      </div>

      {warnings.length > 0 && (
        <section aria-labelledby="warnings-heading" className="space-y-2">
          <h2 id="warnings-heading" className="font-semibold">
            {t("portal.dashboard.warnings")}
          </h2>
          {warnings.map((c) => (
            <CertificateWarning key={c.id} certificate={c} />
          ))}
        </section>
      )}

      <section aria-label={t("portal.dashboard.today")} className="grid grid-cols-2 gap-3">
        <Link to="/producer/orders" className={`${cardClass} block hover:border-brand-600`}>
          <p className="text-3xl font-bold text-brand-700">{ordersToday}</p>
          <p className="text-sm text-stone-700">{t("portal.dashboard.ordersToday")}</p>
        </Link>
        <Link to="/producer/orders?status=pending" className={`${cardClass} block hover:border-brand-600`}>
          <p className="text-3xl font-bold text-amber-700">{toShip}</p>
          <p className="text-sm text-stone-700">{t("portal.dashboard.toShip")}</p>
        </Link>
      </section>

      <section aria-labelledby="live-heading" className={cardClass}>
        <h2 id="live-heading" className="font-semibold">
          {t("portal.dashboard.live")}
        </h2>
        {live.length === 0 ? (
          <p className="mt-1 text-sm text-stone-600">{t("portal.dashboard.noLive")}</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {live.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center gap-2 text-sm">
                <StatusBadge status="live" label={t("portal.live.status.live")} />
                <span className="font-medium">{s.title}</span>
                <span className="text-stone-600">{s.platform_name}</span>
              </li>
            ))}
          </ul>
        )}
        <Link to="/producer/livestreams" className="mt-2 inline-flex min-h-10 items-center text-sm font-medium text-brand-700 underline">
          {t("portal.dashboard.manageLive")}
        </Link>
      </section>

      <nav aria-label={t("portal.dashboard.more")} className="grid grid-cols-2 gap-3 text-sm font-medium">
        {(
          [
            ["/producer/products", "portal.nav.products"],
            ["/producer/certificates", "portal.nav.certificates"],
            ["/producer/members", "portal.nav.members"],
            ["/producer/trace", "portal.nav.trace"],
          ] as const
        ).map(([to, label]) => (
          <Link key={to} to={to} className={`${cardClass} flex min-h-14 items-center justify-between hover:border-brand-600`}>
            {t(label)}
            <span aria-hidden="true">→</span>
          </Link>
        ))}
      </nav>
      {producer.status !== "approved" && <Notice tone="warning">{t("portal.status.pending")}</Notice>}
    </div>
  )
}

export function meta({ matches }: Route.MetaArgs) {
  const t = translator(langFromMatches(matches))
  return [{ title: t("portal.name") }, { name: "robots", content: "noindex" }]
}
