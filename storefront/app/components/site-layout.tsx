import { Link, NavLink, useLocation, useRouteLoaderData } from "react-router"
import type { Lang } from "~/lib/i18n"
import { useLang, useT } from "~/lib/use-lang"
import { SearchBox } from "./search-box"

function Logo() {
  return (
    <svg aria-hidden="true" viewBox="0 0 32 32" className="h-8 w-8 shrink-0">
      <circle cx="16" cy="16" r="16" className="fill-brand-600" />
      <path d="M16 6.5l2.6 5.6 6.1.7-4.5 4.2 1.2 6-5.4-3-5.4 3 1.2-6-4.5-4.2 6.1-.7z" className="fill-amber-300" />
    </svg>
  )
}

/**
 * Switches the interface language with a plain POST form (no JavaScript needed):
 * `/language` sets the `lang` cookie and sends the reader back to this page.
 */
function LanguageSwitch() {
  const t = useT()
  const lang = useLang()
  const location = useLocation()
  const other: Lang = lang === "vi" ? "en" : "vi"
  return (
    <form method="post" action="/language" className="shrink-0">
      <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
      <button
        type="submit"
        name="lang"
        value={other}
        lang={other === "vi" ? "vi" : "en"}
        title={t("lang.label")}
        className="inline-flex min-h-9 items-center gap-1.5 whitespace-nowrap rounded-full border border-stone-300 bg-white px-2.5 text-sm sm:px-3 font-medium text-stone-800 hover:border-brand-600 hover:text-brand-700"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-none stroke-current" strokeWidth="1.5">
          <circle cx="10" cy="10" r="7.5" />
          <path d="M2.5 10h15M10 2.5c2.2 2.3 2.2 12.7 0 15M10 2.5c-2.2 2.3-2.2 12.7 0 15" />
        </svg>
        {t(other === "vi" ? "lang.vi" : "lang.en")}
      </button>
    </form>
  )
}

/** The header's cart link with the number of units in the cart (from the root loader). */
function CartLink() {
  const t = useT()
  const count = (useRouteLoaderData("root") as { cartCount?: number } | undefined)?.cartCount ?? 0
  return (
    <Link
      to="/gio-hang"
      aria-label={count > 0 ? t("nav.cartCount", { count }) : t("nav.cart")}
      className="relative inline-flex min-h-9 items-center gap-1.5 rounded-full border border-stone-300 bg-white px-2.5 text-sm font-medium text-stone-800 hover:border-brand-600 hover:text-brand-700 sm:px-3"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-none stroke-current" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
        <path d="M2.5 3h2l2 10h9l2-7H6" />
        <circle cx="8" cy="16.5" r="1.2" />
        <circle cx="15" cy="16.5" r="1.2" />
      </svg>
      <span className="hidden sm:inline">{t("nav.cart")}</span>
      {count > 0 && (
        <span aria-hidden="true" className="min-w-5 rounded-full bg-brand-600 px-1.5 text-center text-xs font-semibold leading-5 text-white">
          {count}
        </span>
      )}
    </Link>
  )
}

export function SiteHeader() {
  const t = useT()
  const navClass = ({ isActive }: { isActive: boolean }) =>
    `inline-flex min-h-10 items-center border-b-2 px-1 text-sm font-medium sm:text-base ${
      isActive ? "border-brand-600 text-brand-700" : "border-transparent text-stone-700 hover:text-brand-700"
    }`
  return (
    <header className="border-b border-stone-200 bg-white">
      {/* A phone: name and language, then the search box, then the menu. A large screen: one row. */}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-2 px-4 pt-3 lg:flex-nowrap lg:gap-x-6 lg:py-3">
        <Link to="/" className="mr-auto flex min-h-10 shrink-0 items-center gap-2 font-bold text-stone-900 lg:mr-0">
          <Logo />
          <span className="text-base leading-tight sm:text-lg">{t("site.name")}</span>
        </Link>
        <div className="ml-auto flex items-center gap-2 lg:order-last">
          <CartLink />
          <LanguageSwitch />
        </div>
        <div className="w-full lg:max-w-md lg:flex-1">
          <SearchBox />
        </div>
        <nav aria-label={t("nav.label")} className="w-full lg:ml-auto lg:w-auto">
          <ul className="flex gap-5">
            <li>
              <NavLink to="/san-pham" className={navClass}>
                {t("nav.products")}
              </NavLink>
            </li>
            <li>
              <NavLink to="/nha-san-xuat" className={navClass}>
                {t("nav.producers")}
              </NavLink>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  )
}

/**
 * The header of the pages a phone opens after scanning a label: the logo, the site's
 * name and the language switch, nothing that needs JavaScript.
 */
export function CompactHeader() {
  const t = useT()
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-2xl items-center gap-3 px-4 py-2">
        <Link to="/" reloadDocument className="mr-auto flex min-h-10 items-center gap-2 font-bold text-stone-900">
          <Logo />
          <span className="text-base leading-tight">{t("site.name")}</span>
        </Link>
        <LanguageSwitch />
      </div>
    </header>
  )
}

export function CompactFooter() {
  const t = useT()
  return (
    <footer className="mt-10 border-t border-stone-200 bg-white">
      <div className="mx-auto max-w-2xl px-4 py-6 text-sm text-stone-600">
        <p className="flex flex-wrap gap-x-5 gap-y-2">
          <Link to="/san-pham" reloadDocument className="inline-flex min-h-10 items-center hover:text-brand-700">
            {t("nav.products")}
          </Link>
          <Link to="/nha-san-xuat" reloadDocument className="inline-flex min-h-10 items-center hover:text-brand-700">
            {t("nav.producers")}
          </Link>
        </p>
        <p className="mt-2 text-xs">{t("footer.license")}</p>
      </div>
    </footer>
  )
}

export function SiteFooter() {
  const t = useT()
  return (
    <footer className="mt-12 border-t border-stone-200 bg-white">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 text-sm text-stone-600 sm:grid-cols-[2fr_1fr]">
        <div>
          <p className="flex items-center gap-2 font-semibold text-stone-900">
            <Logo />
            {t("site.name")}
          </p>
          <p className="mt-3 max-w-prose">{t("footer.about")}</p>
          <p className="mt-2 max-w-prose">{t("footer.ocop")}</p>
        </div>
        <div>
          <ul className="space-y-2">
            <li>
              <Link to="/san-pham" className="hover:text-brand-700">
                {t("nav.products")}
              </Link>
            </li>
            <li>
              <Link to="/nha-san-xuat" className="hover:text-brand-700">
                {t("nav.producers")}
              </Link>
            </li>
            <li>
              <Link to="/tra-cuu-don-hang" className="hover:text-brand-700">
                {t("nav.orders")}
              </Link>
            </li>
            <li>
              <Link to="/producer" className="hover:text-brand-700">
                {t("portal.footer.link")}
              </Link>
            </li>
          </ul>
          <p className="mt-4 text-xs">{t("footer.license")}</p>
        </div>
      </div>
    </footer>
  )
}

export function SkipLink() {
  const t = useT()
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow"
    >
      {t("site.skip")}
    </a>
  )
}
