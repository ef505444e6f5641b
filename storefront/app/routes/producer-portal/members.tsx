/**
 * `/producer/members`: the producer's members and open invitations; the owner invites a
 * colleague and gets the link to share (no e-mail is sent: docs/producer-api.md).
 */
import { useState } from "react"
import { Form, data } from "react-router"
import type { Route } from "./+types/members"
import { Field, Notice, PageTitle, cardClass, inputClass, listCardClass, primaryButton, secondaryButton } from "~/components/portal"
import { formatDate } from "~/lib/dates"
import { requestLang, translator } from "~/lib/i18n"
import { EMAIL_PATTERN, type PortalInvite } from "~/lib/producer-portal"
import { portalCall, portalGet, refusalMessage, type Member } from "~/lib/producer-portal.server"
import { langFromMatches, useT } from "~/lib/use-lang"
import { usePortalMe } from "~/lib/use-portal"

export async function loader({ request }: Route.LoaderArgs) {
  return portalGet<{ members: Member[]; invites: PortalInvite[] }>(request, "/producer/members")
}

export async function action({ request }: Route.ActionArgs) {
  const t = translator(requestLang(request))
  const form = await request.formData()
  const email = String(form.get("email") ?? "").trim().toLowerCase().slice(0, 200)
  const role = form.get("role") === "owner" ? "owner" : "staff"
  if (!EMAIL_PATTERN.test(email)) return data({ error: t("portal.invalid.email"), link: null, email }, { status: 400 })
  const answer = await portalCall<{ invite: PortalInvite & { token: string } }>(request, "POST", "/producer/members/invites", { json: { email, role } })
  if (!answer.ok) {
    const message = answer.body.code === "producer_owner_only" ? t("portal.members.ownerOnly") : refusalMessage(answer, t("portal.error.backend"))
    return data({ error: t("portal.error.refused", { message }), link: null, email }, { status: answer.status })
  }
  const link = new URL(`/producer/accept-invite?token=${encodeURIComponent(answer.body.invite.token)}`, request.url).href
  return { error: null, link, email }
}

function CopyLink({ link }: { link: string }) {
  const t = useT()
  const [copied, setCopied] = useState(false)
  return (
    <div className="space-y-2">
      <label htmlFor="invite-link" className="block text-sm font-medium">
        {t("portal.members.link")}
      </label>
      <input id="invite-link" readOnly value={link} onFocus={(e) => e.currentTarget.select()} className={`${inputClass} font-mono text-sm`} />
      <button
        type="button"
        className={secondaryButton}
        onClick={() => navigator.clipboard?.writeText(link).then(() => setCopied(true), () => setCopied(false))}
      >
        {copied ? t("portal.members.copied") : t("portal.members.copy")}
      </button>
    </div>
  )
}

export default function Members({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const { member: me } = usePortalMe()
  const { members, invites } = loaderData
  return (
    <div className="space-y-5">
      <PageTitle>{t("portal.members.title")}</PageTitle>
      <ul className={listCardClass}>
        {members.map((m) => (
          <li key={m.id} className="px-4 py-3">
            <p className="font-medium">
              {m.name} {m.id === me.id && <span className="text-sm text-stone-600">({t("portal.members.you")})</span>}
            </p>
            <p className="text-sm text-stone-600">
              {m.email} · {t(m.role === "owner" ? "portal.role.owner" : "portal.role.staff")}
            </p>
          </li>
        ))}
      </ul>
      {invites.length > 0 && (
        <section aria-labelledby="invites-heading" className={cardClass}>
          <h2 id="invites-heading" className="font-semibold">
            {t("portal.members.invites")}
          </h2>
          <ul className="mt-2 space-y-1 text-sm">
            {invites.map((i) => (
              <li key={i.id}>{t("portal.members.invite", { email: i.email, date: formatDate(i.expires_at) })}</li>
            ))}
          </ul>
        </section>
      )}
      {me.role === "owner" ? (
        <section aria-labelledby="invite-heading" className={`${cardClass} space-y-4`}>
          <h2 id="invite-heading" className="font-semibold">
            {t("portal.members.inviteTitle")}
          </h2>
          <p className="text-sm text-stone-700">{t("portal.members.inviteLead")}</p>
          {actionData?.error && <Notice tone="error">{actionData.error}</Notice>}
          {actionData?.link && (
            <>
              <Notice tone="success">{t("portal.members.invited", { email: actionData.email })}</Notice>
              <CopyLink link={actionData.link} />
            </>
          )}
          <Form method="post" noValidate className="space-y-4">
            <Field name="email" type="email" label={t("portal.field.email")} required defaultValue={actionData?.link ? "" : actionData?.email} />
            <fieldset>
              <legend className="text-sm font-medium">{t("portal.members.role")}</legend>
              <div className="mt-1 flex gap-4">
                <label className="inline-flex min-h-10 items-center gap-2">
                  <input type="radio" name="role" value="staff" defaultChecked /> {t("portal.role.staff")}
                </label>
                <label className="inline-flex min-h-10 items-center gap-2">
                  <input type="radio" name="role" value="owner" /> {t("portal.role.owner")}
                </label>
              </div>
            </fieldset>
            <button type="submit" className={primaryButton}>
              {t("portal.members.inviteSubmit")}
            </button>
          </Form>
        </section>
      ) : (
        <p className="text-sm text-stone-600">{t("portal.members.ownerOnly")}</p>
      )}
    </div>
  )
}

export function meta({ matches }: Route.MetaArgs) {
  const t = translator(langFromMatches(matches))
  return [{ title: `${t("portal.members.title")} – ${t("portal.name")}` }, { name: "robots", content: "noindex" }]
}
