/** `/producer/livestreams/:id`: change or delete one of the producer's sessions (another producer's answers 404). */
import { Form, Link, data, redirect } from "react-router"
import type { Route } from "./+types/livestream-edit"
import { Notice, PageTitle, StatusBadge, cardClass, primaryButton } from "~/components/portal"
import { LivestreamFields } from "~/components/portal-livestream"
import { requestLang, translator, type MessageKey } from "~/lib/i18n"
import type { Livestream } from "~/lib/livestreams"
import { readLivestreamForm, storedLivestreamValues } from "~/lib/producer-livestream"
import { ownProductChoices, portalCall, portalGet, refusalMessage } from "~/lib/producer-portal.server"
import { langFromMatches, useT } from "~/lib/use-lang"

export async function loader({ request, params }: Route.LoaderArgs) {
  const [{ livestream }, products] = await Promise.all([
    portalGet<{ livestream: Livestream }>(request, `/producer/livestreams/${encodeURIComponent(params.id)}`),
    ownProductChoices(request),
  ])
  return { livestream, products }
}

export async function action({ request, params }: Route.ActionArgs) {
  const t = translator(requestLang(request))
  const path = `/producer/livestreams/${encodeURIComponent(params.id)}`
  const form = await request.formData()
  if (form.get("intent") === "delete") {
    const answer = await portalCall(request, "DELETE", path)
    if (!answer.ok) return data({ values: null, errors: {} as Record<string, MessageKey>, message: t("portal.error.refused", { message: refusalMessage(answer, t("portal.error.backend")) }) }, { status: 400 })
    throw redirect("/producer/livestreams?done=deleted", { status: 303 })
  }
  const { values, errors, body } = readLivestreamForm(form)
  if (!body) return data({ values, errors, message: t("portal.form.fix") }, { status: 400 })
  const answer = await portalCall(request, "POST", path, { json: body })
  if (!answer.ok) return data({ values, errors: {}, message: t("portal.error.refused", { message: refusalMessage(answer, t("portal.error.backend")) }) }, { status: 400 })
  throw redirect("/producer/livestreams?done=saved", { status: 303 })
}

export default function EditLivestream({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const { livestream, products } = loaderData
  return (
    <div className="space-y-4">
      <PageTitle>{t("portal.live.edit")}</PageTitle>
      <p className="flex items-center gap-2">
        <StatusBadge status={livestream.status} label={t(`portal.live.status.${livestream.status}`)} />
        <span className="font-medium">{livestream.title}</span>
      </p>
      <Form method="post" noValidate className={`${cardClass} space-y-4`}>
        {actionData?.message && <Notice tone="error">{actionData.message}</Notice>}
        <LivestreamFields values={actionData?.values ?? storedLivestreamValues(livestream)} errors={actionData?.errors ?? {}} products={products} />
        <button type="submit" name="intent" value="save" className={`${primaryButton} w-full`}>
          {t("portal.live.save")}
        </button>
      </Form>
      <Form method="post" onSubmit={(event) => (window.confirm(t("portal.live.deleteConfirm")) ? undefined : event.preventDefault())}>
        <button type="submit" name="intent" value="delete" className="min-h-11 w-full rounded-lg border border-red-300 bg-white px-4 font-medium text-red-700 hover:bg-red-50">
          {t("portal.live.delete")}
        </button>
      </Form>
      <Link to="/producer/livestreams" className="inline-flex min-h-10 items-center text-sm text-stone-700 underline">
        {t("portal.cancel")}
      </Link>
    </div>
  )
}

export function meta({ matches }: Route.MetaArgs) {
  const t = translator(langFromMatches(matches))
  return [{ title: `${t("portal.live.edit")} – ${t("portal.name")}` }, { name: "robots", content: "noindex" }]
}
