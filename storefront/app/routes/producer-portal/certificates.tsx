/** `/producer/certificates`: the producer's OCOP certificates, read-only, with expiry warnings. */
import type { Route } from "./+types/certificates"
import { CertificateWarning, PageTitle, StatusBadge, cardClass } from "~/components/portal"
import { formatDate } from "~/lib/dates"
import { translator } from "~/lib/i18n"
import { certificatesNeedingAttention, type PortalCertificate } from "~/lib/producer-portal"
import { portalGet } from "~/lib/producer-portal.server"
import { langFromMatches, useT } from "~/lib/use-lang"

export async function loader({ request }: Route.LoaderArgs) {
  return portalGet<{ certificates: PortalCertificate[] }>(request, "/producer/certificates")
}

export default function Certificates({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const { certificates } = loaderData
  const attention = new Set(certificatesNeedingAttention(certificates).map((c) => c.id))
  return (
    <div className="space-y-4">
      <PageTitle>{t("portal.cert.title")}</PageTitle>
      <p className="text-sm text-stone-700">{t("portal.cert.lead")}</p>
      {certificates.length === 0 ? (
        <p className={`${cardClass} text-sm text-stone-600`}>{t("portal.cert.none")}</p>
      ) : (
        <ul className="space-y-3">
          {certificates.map((c) => (
            <li key={c.id} className={`${cardClass} space-y-2`}>
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-semibold">{c.product?.title ?? t("portal.cert.noProduct")}</span>
                <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">{t("ocop.badge", { star: c.star })}</span>
                {c.valid ? (
                  <StatusBadge status="published" label={t("portal.cert.valid")} />
                ) : (
                  <StatusBadge status="rejected" label={t("portal.cert.invalid")} />
                )}
              </p>
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                <dt className="text-stone-600">{t("portal.cert.decision")}</dt>
                <dd>{c.decision_number}</dd>
                <dt className="text-stone-600">{t("portal.cert.authority")}</dt>
                <dd>{c.issuing_authority}</dd>
                <dt className="text-stone-600">{t("portal.cert.score")}</dt>
                <dd>{c.score}/100</dd>
                <dt className="text-stone-600">{t("portal.cert.dates")}</dt>
                <dd>
                  {formatDate(c.decision_date)} – {formatDate(c.expires_at)}
                </dd>
                <dt className="text-stone-600">{t("portal.cert.verified")}</dt>
                <dd>{c.verified_at ? formatDate(c.verified_at) : t("portal.cert.notVerified")}</dd>
              </dl>
              {attention.has(c.id) && <CertificateWarning certificate={c} />}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

export function meta({ matches }: Route.MetaArgs) {
  const t = translator(langFromMatches(matches))
  return [{ title: `${t("portal.cert.title")} – ${t("portal.name")}` }, { name: "robots", content: "noindex" }]
}
