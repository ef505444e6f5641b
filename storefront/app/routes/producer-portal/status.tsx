/** `/producer/status`: where a producer stands with the operator (waiting, suspended, approved). */
import { Link } from "react-router"
import type { Route } from "./+types/status"
import { Notice, StatusBadge, cardClass, primaryButton } from "~/components/portal"
import { translator } from "~/lib/i18n"
import { langFromMatches, useT } from "~/lib/use-lang"
import { usePortalMe } from "~/lib/use-portal"

export default function PortalStatus() {
  const t = useT()
  const { producer, member } = usePortalMe()
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("portal.status.title")}</h1>
      <section className={`${cardClass} space-y-3`}>
        <p className="flex flex-wrap items-center gap-2">
          <span className="font-semibold">{producer.name}</span>
          <StatusBadge status={producer.status} label={t(`portal.producerStatus.${producer.status}`)} />
        </p>
        {producer.status === "pending" && <Notice tone="warning">{t("portal.status.pending")}</Notice>}
        {producer.status === "suspended" && (
          <Notice tone="error">
            {t("portal.status.suspended")}
            {producer.status_reason && (
              <>
                <br />
                {t("portal.status.reason", { reason: producer.status_reason })}
              </>
            )}
          </Notice>
        )}
        {producer.status === "approved" && (
          <>
            <Notice tone="success">{t("portal.status.approved")}</Notice>
            <Link to="/producer" className={primaryButton}>
              {t("portal.status.open")}
            </Link>
          </>
        )}
        <p className="text-sm text-stone-600">{t("portal.status.account", { email: member.email })}</p>
      </section>
    </div>
  )
}

export function meta({ matches }: Route.MetaArgs) {
  const t = translator(langFromMatches(matches))
  return [{ title: `${t("portal.status.title")} – ${t("portal.name")}` }, { name: "robots", content: "noindex" }]
}
