import { Link, Links, Meta, Outlet, Scripts, ScrollRestoration, isRouteErrorResponse, useMatches, useRouteLoaderData } from "react-router"
import type { Route } from "./+types/root"
import { CompactFooter, CompactHeader, SiteFooter, SiteHeader, SkipLink } from "./components/site-layout"
import { headerCartCount } from "./lib/cart.server"
import { requestLang, resolveLang, translator } from "./lib/i18n"
import { langFromMatches, useT } from "./lib/use-lang"
import { errorDetails } from "./lib/error-details"
import "./app.css"

export async function loader({ request }: Route.LoaderArgs) {
  return { lang: requestLang(request), cartCount: await headerCartCount(request) }
}

/** Every page speaks the language of the `lang` cookie: caches must keep them apart. */
export const headers: Route.HeadersFunction = () => ({ Vary: "Cookie" })

/**
 * A route's `handle`. `chrome: "light"` (the pages a label's QR code opens) gives a compact
 * header and footer and sends no JavaScript: the page is complete as HTML, small enough for a
 * phone on a weak connection at a market stall. `chrome: "portal"` (the producer portal,
 * `/producer`) keeps the compact header and scripts; the portal draws its own tab bar instead
 * of the shop's footer.
 */
export type RouteHandle = { chrome?: "light" | "portal" }

function useChrome(): RouteHandle["chrome"] {
  return useMatches()
    .map((match) => (match.handle as RouteHandle | undefined)?.chrome)
    .find(Boolean)
}

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root")
  const lang = resolveLang(data?.lang)
  const chrome = useChrome()
  const light = chrome === "light"
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="flex min-h-screen flex-col bg-stone-50 font-sans text-stone-900 antialiased">
        <SkipLink />
        {chrome ? <CompactHeader /> : <SiteHeader />}
        <main id="main" className="flex-1">
          {children}
        </main>
        {chrome === "portal" ? null : light ? <CompactFooter /> : <SiteFooter />}
        {!light && <ScrollRestoration />}
        {!light && <Scripts />}
      </body>
    </html>
  )
}

export default function App() {
  return <Outlet />
}

export function meta({ error, matches }: Route.MetaArgs) {
  if (!error) return []
  const t = translator(langFromMatches(matches))
  const notFound = isRouteErrorResponse(error) && error.status === 404
  return [
    { title: `${t(notFound ? "error.notFound.title" : "error.generic.title")} – ${t("site.name")}` },
    { name: "robots", content: "noindex" },
  ]
}

export const links: Route.LinksFunction = () => [{ rel: "icon", href: "/favicon.svg", type: "image/svg+xml" }]

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const t = useT()
  const notFound = isRouteErrorResponse(error) && error.status === 404
  // A stack only in development (lib/error-details.ts).
  const developer = isRouteErrorResponse(error) ? null : errorDetails(error, import.meta.env.DEV)
  const details = developer?.message ?? t(notFound ? "error.notFound.body" : "error.generic.body")
  const stack = developer?.stack
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 text-center">
      {isRouteErrorResponse(error) && <p className="text-5xl font-bold text-brand-600">{error.status}</p>}
      <h1 className="mt-3 text-2xl font-semibold">{t(notFound ? "error.notFound.title" : "error.generic.title")}</h1>
      <p className="mt-2 text-stone-600">{details}</p>
      <p className="mt-6 flex flex-wrap justify-center gap-3">
        <Link to="/" className="rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          {t("error.backHome")}
        </Link>
        <Link to="/san-pham" className="rounded-lg border border-stone-300 bg-white px-4 py-2 font-medium hover:border-brand-600">
          {t("error.browse")}
        </Link>
      </p>
      {stack && <pre className="mt-6 overflow-x-auto text-left text-xs">{stack}</pre>}
    </div>
  )
}
