/**
 * `/producer/livestreams`: the producer's Facebook, TikTok, Zalo and YouTube sessions
 * (live, upcoming, ended) and a form to add one, for the shop or one of its products.
 */
import { Form, Link, data, redirect } from "react-router"
import type { Route } from "./+types/livestreams"
import { Notice, PageTitle, StatusBadge, cardClass, primaryButton } from "~/components/portal"
import { LivestreamFields } from "~/components/portal-livestream"
import { requestLang, translator, type MessageKey } from "~/lib/i18n"
import { formatSessionTime, livestreamHref, type Livestream } from "~/lib/livestreams"
import { readLivestreamForm, storedLivestreamValues } from "~/lib/producer-livestream"
import { ownProductChoices, portalCall, portalGet, refusalMessage } from "~/lib/producer-portal.server"
import { langFromMatches, useLang, useT } from "~/lib/use-lang"

export async function loader({ request }: Route.LoaderArgs) {
  const [sessions, products] = await Promise.all([
    portalGet<{ livestreams: Livestream[]; count: number }>(request, "/producer/livestreams", { limit: 50 }),
    ownProductChoices(request),
  ])
  const done = new URL(request.url).searchParams.get("done")
  return { sessions: sessions.livestreams, products, now: new Date().toISOString(), done: done === "saved" || done === "deleted" ? done : null }
}

export async function action({ request }: Route.ActionArgs) {
  const t = translator(requestLang(request))
  const form = await request.formData()
  const { values, errors, body } = readLivestreamForm(form)
  if (!body) return data({ values, errors, message: t("portal.form.fix") }, { status: 400 })
  const answer = await portalCall(request, "POST", "/producer/livestreams", { json: body })
  if (!answer.ok) return data({ values, errors: {} as Record<string, MessageKey>, message: t("portal.error.refused", { message: refusalMessage(answer, t("portal.error.backend")) }) }, { status: 400 })
  throw redirect("/producer/livestreams?done=saved", { status: 303 })
}

export default function Livestreams({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const lang = useLang()
  const { sessions, products, now, done } = loaderData
  return (
    <div className="space-y-5">
      <PageTitle>{t("portal.live.title")}</PageTitle>
      <p className="text-sm text-stone-700">{t("portal.live.lead")}</p>
      {done && !actionData && <Notice tone="success">{t(done === "deleted" ? "portal.live.deleted" : "portal.live.saved")}</Notice>}
      {sessions.length === 0 ? (
        <p className={`${cardClass} text-sm text-stone-600`}>{t("portal.live.none")}</p>
      ) : (
        <ul className="space-y-3">
          {sessions.map((s) => {
            const href = livestreamHref(s.url)
            return (
              <li key={s.id} className={`${cardClass} space-y-1`}>
                <p className="flex flex-wrap items-center gap-2">
                  <StatusBadge status={s.status} label={t(`portal.live.status.${s.status}`)} />
                  <span className="font-medium">{s.title}</span>
                </p>
                <p className="text-sm text-stone-600">
                  {s.platform_name} · {formatSessionTime(lang, s.starts_at, s.ends_at, now)}
                  {s.product ? ` · ${s.product.title}` : ""}
                </p>
                <p className="flex gap-4 text-sm">
                  <Link to={`/producer/livestreams/${s.id}`} className="inline-flex min-h-10 items-center font-medium text-brand-700 underline">
                    {t("portal.live.edit")}
                  </Link>
                  {href && (
                    <a href={href} target="_blank" rel="noopener noreferrer nofollow" className="inline-flex min-h-10 items-center text-stone-700 underline">
                      {t("portal.live.open")}
                    </a>
                  )}
                </p>
              </li>
            )
          })}
        </ul>
      )}
      <section aria-labelledby="add-live" className={`${cardClass} space-y-4`}>
        <h2 id="add-live" className="font-semibold">
          {t("portal.live.add")}
        </h2>
        <Form method="post" noValidate className="space-y-4">
          {actionData?.message && <Notice tone="error">{actionData.message}</Notice>}
          <LivestreamFields values={actionData?.values ?? storedLivestreamValues(null, new Date(now))} errors={actionData?.errors ?? {}} products={products} />
          <button type="submit" className={`${primaryButton} w-full`}>
            {t("portal.live.save")}
          </button>
        </Form>
      </section>
    </div>
  )
}

export function meta({ matches }: Route.MetaArgs) {
  const t = translator(langFromMatches(matches))
  return [{ title: `${t("portal.live.title")} – ${t("portal.name")}` }, { name: "robots", content: "noindex" }]
}
