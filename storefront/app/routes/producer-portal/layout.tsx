/**
 * The logged-in part of the producer portal: who is logged in (`GET /producer/me`), a
 * header with the producer's name and the logout button, and the tab bar. A producer
 * waiting for approval or suspended sees only the status page.
 */
import { Form, Link, Outlet, isRouteErrorResponse, redirect } from "react-router"
import type { Route } from "./+types/layout"
import { PortalTabBar, primaryButton } from "~/components/portal"
import { loadMe } from "~/lib/producer-portal.server"
import { useT } from "~/lib/use-lang"

export const handle = { chrome: "portal" }

export async function loader({ request }: Route.LoaderArgs) {
  const me = await loadMe(request)
  const path = new URL(request.url).pathname.replace(/\/+$/, "")
  if (me.producer.status !== "approved" && path !== "/producer/status") throw redirect("/producer/status")
  return me
}

export const headers: Route.HeadersFunction = () => ({ "Cache-Control": "private, no-store" })

export default function PortalLayout({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const { member, producer } = loaderData
  const approved = producer.status === "approved"
  return (
    <div className={approved ? "pb-20" : ""}>
      <div className="border-b border-stone-200 bg-brand-50/60">
        <div className="mx-auto flex max-w-3xl items-center gap-3 px-4 py-2">
          <div className="min-w-0 flex-1">
            <p className="truncate text-sm font-semibold text-stone-900">{producer.name}</p>
            <p className="truncate text-xs text-stone-600">
              {t("portal.header.member", { name: member.name, role: t(member.role === "owner" ? "portal.role.owner" : "portal.role.staff") })}
            </p>
          </div>
          <Form method="post" action="/producer/logout">
            <button type="submit" className="min-h-10 rounded-full border border-stone-300 bg-white px-3 text-sm font-medium text-stone-800 hover:border-brand-600">
              {t("portal.logout")}
            </button>
          </Form>
        </div>
      </div>
      <div className="mx-auto max-w-3xl px-4 py-5">
        <Outlet />
      </div>
      {approved && <PortalTabBar />}
    </div>
  )
}

/**
 * A page of the portal that failed: 404 when the record does not exist or belongs to another
 * producer (the backend answers both the same way), otherwise a generic message.
 */
export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const t = useT()
  const notFound = isRouteErrorResponse(error) && error.status === 404
  return (
    <div className="mx-auto max-w-md px-4 py-12 text-center">
      {isRouteErrorResponse(error) && <p className="text-5xl font-bold text-brand-600">{error.status}</p>}
      <h1 className="mt-3 text-2xl font-semibold">{t(notFound ? "portal.error.notFound.title" : "error.generic.title")}</h1>
      <p className="mt-2 text-stone-600">{t(notFound ? "portal.error.notFound.body" : "portal.error.generic.body")}</p>
      <p className="mt-6">
        <Link to="/producer" className={primaryButton}>
          {t("portal.error.back")}
        </Link>
      </p>
    </div>
  )
}
