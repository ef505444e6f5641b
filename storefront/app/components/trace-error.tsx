/**
 * The resolver's refusals as pages: 400 "invalid code" (saying why), 404 for a GTIN
 * that is on no product, and the shared response headers of the trace pages.
 */
import { Link, isRouteErrorResponse, type HeadersArgs, type MetaDescriptor } from "react-router"
import type { Translate } from "~/lib/i18n"
import { invalidKeyReason } from "~/lib/trace"
import { useT } from "~/lib/use-lang"

type TraceError = { reason: "invalid"; message: string } | { reason: "unknown_gtin"; gtin: string }

function traceError(error: unknown): { status: number; detail: TraceError | null } | null {
  if (!isRouteErrorResponse(error)) return null
  const detail = error.data && typeof error.data === "object" && "reason" in error.data ? (error.data as TraceError) : null
  return { status: error.status, detail }
}

/**
 * Trace pages depend on the Accept header (HTML or linkset) and the language cookie, and
 * every view counts as a scan and may show a fresh recall: never cache them.
 */
export function traceHeaders({ parentHeaders, loaderHeaders, errorHeaders }: HeadersArgs): Headers {
  const headers = new Headers(parentHeaders)
  const link = (errorHeaders ?? loaderHeaders).get("Link")
  if (link) headers.set("Link", link)
  headers.set("Vary", "Accept, Cookie")
  headers.set("Cache-Control", "no-store")
  return headers
}

export function traceErrorMeta(t: Translate, error: unknown): MetaDescriptor[] {
  const known = traceError(error)
  const title =
    known?.status === 400
      ? t("trace.invalid.title")
      : known?.status === 404
        ? t(known.detail ? "trace.unknown.title" : "error.notFound.title")
        : t("error.generic.title")
  return [{ title: `${title} – ${t("site.name")}` }, { name: "robots", content: "noindex" }]
}

export function TraceErrorPage({ error }: { error: unknown }) {
  const t = useT()
  const known = traceError(error)
  let title = t("error.generic.title")
  let body: React.ReactNode = <p className="mt-2 text-stone-700">{t("error.generic.body")}</p>
  if (known?.status === 400) {
    const message = known.detail?.reason === "invalid" ? known.detail.message : ""
    title = t("trace.invalid.title")
    body = (
      <>
        <p className="mt-3 text-lg font-semibold text-red-800">{t(invalidKeyReason(message))}</p>
        <p className="mt-2 text-stone-700">{t("trace.invalid.body")}</p>
        {message && <p className="mt-3 break-words text-xs text-stone-500">{t("trace.invalid.detail", { message })}</p>}
      </>
    )
  } else if (known?.status === 404) {
    title = known.detail?.reason === "unknown_gtin" ? t("trace.unknown.title") : t("error.notFound.title")
    body = (
      <p className="mt-2 text-stone-700">
        {known.detail?.reason === "unknown_gtin" ? t("trace.unknown.body", { gtin: known.detail.gtin }) : t("error.notFound.body")}
      </p>
    )
  }
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      {known && <p className="text-4xl font-bold text-red-700">{known.status}</p>}
      <h1 className="mt-2 text-2xl font-bold">{title}</h1>
      {body}
      <p className="mt-6 flex flex-wrap gap-3">
        <Link to="/" reloadDocument className="inline-flex min-h-10 items-center rounded-lg bg-brand-600 px-4 font-medium text-white hover:bg-brand-700">
          {t("error.backHome")}
        </Link>
        <Link to="/san-pham" reloadDocument className="inline-flex min-h-10 items-center rounded-lg border border-stone-300 bg-white px-4 font-medium hover:border-brand-600">
          {t("error.browse")}
        </Link>
      </p>
    </div>
  )
}
