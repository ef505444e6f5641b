/**
 * `/producer/register`: a household or cooperative opens its shop. Two calls as the
 * contract says (docs/producer-api.md, "Self-registration"): a login
 * (`/auth/producer/emailpass/register`), then the producer and its owner
 * (`POST /producer/register`), then a fresh login that carries the member. The producer
 * waits for the operator's approval on the status page.
 */
import { Form, Link, data, redirect } from "react-router"
import type { Route } from "./+types/register"
import { Field, Notice, cardClass, inputClass, primaryButton } from "~/components/portal"
import { legalFormLabel, requestLang, translator } from "~/lib/i18n"
import { LEGAL_FORMS, isLegalForm } from "~/lib/ocop"
import { EMAIL_PATTERN as EMAIL, MIN_PASSWORD, PHONE_PATTERN as PHONE } from "~/lib/producer-portal"
import { backendCall, loginForJoining, loginProducer, refusalMessage, sessionHeaders } from "~/lib/producer-portal.server"
import { langFromMatches, useLang, useT } from "~/lib/use-lang"

export const handle = { chrome: "portal" }


type Values = Record<"email" | "name" | "producer_name" | "legal_form" | "commune" | "phone" | "street" | "tax_code" | "description", string>

export const headers: Route.HeadersFunction = () => ({ "Cache-Control": "private, no-store" })

export async function action({ request }: Route.ActionArgs) {
  const t = translator(requestLang(request))
  const form = await request.formData()
  const text = (name: string, max = 200) => String(form.get(name) ?? "").normalize("NFC").trim().slice(0, max)
  const values: Values = {
    email: text("email").toLowerCase(),
    name: text("name", 100),
    producer_name: text("producer_name"),
    legal_form: text("legal_form"),
    commune: text("commune", 100),
    phone: text("phone", 20).replace(/[\s.-]/g, ""),
    street: text("street"),
    tax_code: text("tax_code", 20),
    description: text("description", 2000),
  }
  const password = String(form.get("password") ?? "")
  const errors: Record<string, string> = {}
  if (!EMAIL.test(values.email)) errors.email = t("portal.invalid.email")
  if (password.length < MIN_PASSWORD) errors.password = t("portal.invalid.password", { min: MIN_PASSWORD })
  if (!values.name) errors.name = t("portal.invalid.required")
  if (!values.producer_name) errors.producer_name = t("portal.invalid.required")
  if (!isLegalForm(values.legal_form)) errors.legal_form = t("portal.invalid.required")
  if (!values.commune) errors.commune = t("portal.invalid.required")
  if (!PHONE.test(values.phone)) errors.phone = t("portal.invalid.phone")
  if (Object.keys(errors).length) return data({ errors, form: null as string | null, values }, { status: 400 })

  const login = await loginForJoining(values.email, password, request)
  if (!login.ok && login.status === 429) return data({ errors: {} as Record<string, string>, form: t("portal.error.tooMany") as string | null, values }, { status: 429 })
  if (!login.ok) return data({ errors: { email: t("portal.register.emailTaken") }, form: null, values }, { status: 400 })
  const registered = await backendCall("POST", "/producer/register", {
    token: login.body.token,
    json: {
      member: { name: values.name },
      producer: {
        name: values.producer_name,
        legal_form: values.legal_form,
        commune: values.commune,
        phone: values.phone,
        ...(values.street ? { street: values.street } : {}),
        ...(values.tax_code ? { tax_code: values.tax_code } : {}),
        ...(values.description ? { description: values.description } : {}),
      },
    },
  })
  if (!registered.ok) {
    const message = registered.status === 400 ? refusalMessage(registered, t("portal.error.backend")) : t("portal.error.backend")
    return data({ errors: {}, form: t("portal.error.refused", { message }), values }, { status: registered.status === 400 ? 400 : 502 })
  }
  const member = await loginProducer(values.email, password, request)
  if (!member.ok) throw redirect("/producer/login?joined=1", { status: 303 })
  throw redirect("/producer/status", { status: 303, headers: sessionHeaders(request, member.body.token) })
}

export default function Register({ actionData }: Route.ComponentProps) {
  const t = useT()
  const lang = useLang()
  const errors: Record<string, string> = actionData?.errors ?? {}
  const values = actionData?.values
  return (
    <div className="mx-auto max-w-md space-y-5 px-4 py-6">
      <h1 className="text-2xl font-bold">{t("portal.register.title")}</h1>
      <p className="text-sm text-stone-700">{t("portal.register.lead")}</p>
      <Form method="post" noValidate className="space-y-5">
        {actionData?.form && <Notice tone="error">{actionData.form}</Notice>}
        <fieldset className={`${cardClass} space-y-4`}>
          <legend className="px-1 font-semibold">{t("portal.register.you")}</legend>
          <Field name="name" label={t("portal.field.personName")} autoComplete="name" required defaultValue={values?.name} error={errors.name} />
          <Field name="email" type="email" label={t("portal.field.email")} autoComplete="username" required defaultValue={values?.email} error={errors.email} />
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
        </fieldset>
        <fieldset className={`${cardClass} space-y-4`}>
          <legend className="px-1 font-semibold">{t("portal.register.shop")}</legend>
          <Field name="producer_name" label={t("portal.field.producerName")} required defaultValue={values?.producer_name} error={errors.producer_name} hint={t("portal.field.producerName.hint")} />
          <div>
            <label htmlFor="legal_form" className="block text-sm font-medium">
              {t("portal.field.legalForm")}
            </label>
            <select id="legal_form" name="legal_form" defaultValue={values?.legal_form ?? "household"} aria-invalid={errors.legal_form ? true : undefined} className={inputClass}>
              {LEGAL_FORMS.map((form) => (
                <option key={form} value={form}>
                  {legalFormLabel(lang, form)}
                </option>
              ))}
            </select>
          </div>
          <Field name="commune" label={t("portal.field.commune")} required defaultValue={values?.commune} error={errors.commune} hint={t("portal.field.commune.hint")} />
          <Field name="street" label={t("portal.field.street")} defaultValue={values?.street} />
          <Field name="phone" type="tel" inputMode="tel" autoComplete="tel" label={t("portal.field.phone")} required defaultValue={values?.phone} error={errors.phone} />
          <Field name="tax_code" inputMode="numeric" label={t("portal.field.taxCode")} defaultValue={values?.tax_code} />
        </fieldset>
        <button type="submit" className={`${primaryButton} w-full`}>
          {t("portal.register.submit")}
        </button>
      </Form>
      <p className="text-sm text-stone-700">
        {t("portal.register.haveAccount")}{" "}
        <Link to="/producer/login" className="font-medium text-brand-700 underline">
          {t("portal.login.submit")}
        </Link>
      </p>
    </div>
  )
}

export function meta({ matches }: Route.MetaArgs) {
  const t = translator(langFromMatches(matches))
  return [{ title: `${t("portal.register.title")} – ${t("portal.name")}` }, { name: "robots", content: "noindex" }]
}
