/**
 * `/producer/accept-invite?token=…`: a colleague invited by the operator or the producer's
 * owner joins the producer (docs/producer-api.md, "Accepting an invite"): a login, then
 * `POST /producer/invites/accept`, then a fresh login that carries the member.
 */
import { Form, data, redirect } from "react-router"
import type { Route } from "./+types/accept-invite"
import { Field, Notice, cardClass, primaryButton } from "~/components/portal"
import { requestLang, translator } from "~/lib/i18n"
import { EMAIL_PATTERN as EMAIL, MIN_PASSWORD } from "~/lib/producer-portal"
import { backendCall, loginForJoining, loginProducer, refusalMessage, sessionHeaders } from "~/lib/producer-portal.server"
import { langFromMatches, useT } from "~/lib/use-lang"

export const handle = { chrome: "portal" }


export async function loader({ request }: Route.LoaderArgs) {
  const token = new URL(request.url).searchParams.get("token")?.trim() ?? ""
  return data({ token }, { headers: { "Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer" } })
}

/** Not cached, and no Referer carries the invitation token to another site. */
export const headers: Route.HeadersFunction = ({ loaderHeaders }) => loaderHeaders

export async function action({ request }: Route.ActionArgs) {
  const t = translator(requestLang(request))
  const form = await request.formData()
  const invite = String(form.get("token") ?? "").trim().slice(0, 200)
  const email = String(form.get("email") ?? "").trim().toLowerCase().slice(0, 200)
  const name = String(form.get("name") ?? "").normalize("NFC").trim().slice(0, 100)
  const password = String(form.get("password") ?? "")
  const errors: Record<string, string> = {}
  if (!EMAIL.test(email)) errors.email = t("portal.invalid.email")
  if (!name) errors.name = t("portal.invalid.required")
  if (password.length < MIN_PASSWORD) errors.password = t("portal.invalid.password", { min: MIN_PASSWORD })
  const values = { email, name }
  if (!invite) return data({ errors, form: t("portal.invite.noToken") as string | null, values }, { status: 400 })
  if (Object.keys(errors).length) return data({ errors, form: null, values }, { status: 400 })

  const login = await loginForJoining(email, password, request)
  if (!login.ok && login.status === 429) return data({ errors: {} as Record<string, string>, form: t("portal.error.tooMany") as string | null, values }, { status: 429 })
  if (!login.ok) return data({ errors: { password: t("portal.invite.wrongPassword") }, form: null, values }, { status: 400 })
  const accepted = await backendCall("POST", "/producer/invites/accept", { token: login.body.token, json: { token: invite, name } })
  if (!accepted.ok) {
    const message = accepted.status === 400 ? refusalMessage(accepted, t("portal.error.backend")) : t("portal.error.backend")
    return data({ errors: {}, form: t("portal.error.refused", { message }), values }, { status: accepted.status === 400 ? 400 : 502 })
  }
  const member = await loginProducer(email, password, request)
  if (!member.ok) throw redirect("/producer/login?joined=1", { status: 303 })
  throw redirect("/producer", { status: 303, headers: sessionHeaders(request, member.body.token) })
}

export default function AcceptInvite({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const errors: Record<string, string> = actionData?.errors ?? {}
  return (
    <div className="mx-auto max-w-md space-y-5 px-4 py-6">
      <h1 className="text-2xl font-bold">{t("portal.invite.title")}</h1>
      <p className="text-sm text-stone-700">{t("portal.invite.lead")}</p>
      {!loaderData.token ? (
        <Notice tone="error">{t("portal.invite.noToken")}</Notice>
      ) : (
        <Form method="post" noValidate className={`${cardClass} space-y-4`}>
          {actionData?.form && <Notice tone="error">{actionData.form}</Notice>}
          <input type="hidden" name="token" value={loaderData.token} />
          <Field name="name" label={t("portal.field.personName")} autoComplete="name" required defaultValue={actionData?.values.name} error={errors.name} />
          <Field name="email" type="email" label={t("portal.field.email")} autoComplete="username" required defaultValue={actionData?.values.email} error={errors.email} hint={t("portal.invite.emailHint")} />
          <Field
            name="password"
            type="password"
            label={t("portal.field.password")}
            autoComplete="new-password"
            required
            minLength={MIN_PASSWORD}
            hint={t("portal.field.password.hint", { min: MIN_PASSWORD })}
            error={errors.password}
          />
          <button type="submit" className={`${primaryButton} w-full`}>
            {t("portal.invite.submit")}
          </button>
        </Form>
      )}
    </div>
  )
}

export function meta({ matches }: Route.MetaArgs) {
  const t = translator(langFromMatches(matches))
  return [{ title: `${t("portal.invite.title")} – ${t("portal.name")}` }, { name: "robots", content: "noindex" }]
}
