/**
 * `/language`: remembers the interface language in the `lang` cookie, then goes back.
 * POST from the header's form (works without JavaScript); GET `?lang=en&redirectTo=/…`
 * for a plain link.
 */
import { redirect } from "react-router"
import type { Route } from "./+types/language"
import { langCookie, resolveLang, safeRedirectPath } from "~/lib/i18n"

function switchLanguage(request: Request, lang: unknown, redirectTo: unknown) {
  const secure = new URL(request.url).protocol === "https:"
  return redirect(safeRedirectPath(redirectTo), {
    status: 303,
    headers: { "Set-Cookie": langCookie(resolveLang(lang), secure), "Cache-Control": "no-store" },
  })
}

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  return switchLanguage(request, url.searchParams.get("lang"), url.searchParams.get("redirectTo"))
}

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData()
  return switchLanguage(request, form.get("lang"), form.get("redirectTo"))
}
