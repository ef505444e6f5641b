/**
 * `/producer/login`: a member of a producer logs in with email and password
 * (`POST /auth/producer/emailpass`); the token goes into the portal's http-only cookie.
 */
import { Form, Link, data, redirect } from "react-router"
import type { Route } from "./+types/login"
import { Field, Notice, cardClass, primaryButton } from "~/components/portal"
import { requestLang, translator } from "~/lib/i18n"
import { portalReturnPath, readPortalToken } from "~/lib/producer-portal"
import { backendCall, loginProducer, sessionHeaders, type Me } from "~/lib/producer-portal.server"
import { langFromMatches, useT } from "~/lib/use-lang"

export const handle = { chrome: "portal" }

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  if (readPortalToken(request.headers.get("Cookie")) && !url.searchParams.has("next")) throw redirect("/producer")
  return data({ next: portalReturnPath(url.searchParams.get("next")), joined: url.searchParams.get("joined") === "1" }, { headers: { "Cache-Control": "private, no-store" } })
}

/** Nothing of the portal is cached. */
export const headers: Route.HeadersFunction = ({ loaderHeaders }) => loaderHeaders

export async function action({ request }: Route.ActionArgs) {
  const t = translator(requestLang(request))
  const form = await request.formData()
  const email = String(form.get("email") ?? "").trim().toLowerCase().slice(0, 200)
  const password = String(form.get("password") ?? "")
  const next = portalReturnPath(form.get("next"))
  if (!email || !password) return data({ error: t("portal.login.missing"), email }, { status: 400 })
  const login = await loginProducer(email, password, request)
  if (!login.ok) {
    const error = login.status === 401 ? "portal.login.wrong" : login.status === 429 ? "portal.error.tooMany" : "portal.error.backend"
    return data({ error: t(error), email }, { status: login.status === 401 || login.status === 429 ? login.status : 502 })
  }
  const me = await backendCall<Me>("GET", "/producer/me", { token: login.body.token })
  if (!me.ok) return data({ error: t("portal.login.noMember"), email }, { status: 403 })
  throw redirect(me.body.producer.status === "approved" ? next : "/producer/status", { status: 303, headers: sessionHeaders(request, login.body.token) })
}

export default function Login({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  return (
    <div className="mx-auto max-w-md space-y-5 px-4 py-6">
      <h1 className="text-2xl font-bold">{t("portal.login.title")}</h1>
      <p className="text-sm text-stone-700">{t("portal.login.lead")}</p>
      {loaderData.joined && <Notice tone="success">{t("portal.login.joined")}</Notice>}
      <Form method="post" className={`${cardClass} space-y-4`}>
        {actionData?.error && <Notice tone="error">{actionData.error}</Notice>}
        <input type="hidden" name="next" value={loaderData.next} />
        <Field name="email" type="email" label={t("portal.field.email")} autoComplete="username" required defaultValue={actionData?.email} />
        <Field name="password" type="password" label={t("portal.field.password")} autoComplete="current-password" required />
        <button type="submit" className={`${primaryButton} w-full`}>
          {t("portal.login.submit")}
        </button>
      </Form>
      <p className="text-sm text-stone-700">
        {t("portal.login.noAccount")}{" "}
        <Link to="/producer/register" className="font-medium text-brand-700 underline">
          {t("portal.login.register")}
        </Link>
      </p>
      <p className="text-sm text-stone-600">{t("portal.login.invited")}</p>
    </div>
  )
}

export function meta({ matches }: Route.MetaArgs) {
  const t = translator(langFromMatches(matches))
  return [{ title: `${t("portal.login.title")} – ${t("portal.name")}` }, { name: "robots", content: "noindex" }]
}
