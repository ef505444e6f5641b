/** `/producer/products`: the producer's listings by status, with the way to add one. */
import { Link } from "react-router"
import type { Route } from "./+types/products"
import { PageTitle, StatusBadge, cardClass, primaryButton } from "~/components/portal"
import { translator } from "~/lib/i18n"
import { formatMoney } from "~/lib/money"
import type { ListingStatus, PortalProduct } from "~/lib/producer-portal"
import { portalGet } from "~/lib/producer-portal.server"
import { langFromMatches, useT } from "~/lib/use-lang"

const STATUSES: ListingStatus[] = ["draft", "proposed", "published", "rejected"]
const PAGE = 50

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const status = STATUSES.find((s) => s === url.searchParams.get("status")) ?? null
  const offset = Math.max(0, Number(url.searchParams.get("offset")) || 0)
  const answer = await portalGet<{ products: PortalProduct[]; count: number }>(request, "/producer/products", { status: status ?? undefined, limit: PAGE, offset })
  return { ...answer, status, offset }
}

function priceRange(product: PortalProduct): string {
  const prices = product.variants.map((v) => v.price).filter((p): p is number => p != null)
  if (!prices.length) return ""
  const min = Math.min(...prices)
  const max = Math.max(...prices)
  return min === max ? formatMoney(min) : `${formatMoney(min)} – ${formatMoney(max)}`
}

export default function Products({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const { products, count, status, offset } = loaderData
  const tab = (value: ListingStatus | null, label: string) => (
    <Link
      to={value ? `?status=${value}` : "."}
      aria-current={status === value ? "page" : undefined}
      className={`inline-flex min-h-10 shrink-0 items-center rounded-full border px-3 text-sm font-medium ${status === value ? "border-brand-600 bg-brand-600 text-white" : "border-stone-300 bg-white text-stone-800"}`}
    >
      {label}
    </Link>
  )
  return (
    <div className="space-y-4">
      <PageTitle
        action={
          <Link to="/producer/products/new" className={primaryButton}>
            {t("portal.listing.add")}
          </Link>
        }
      >
        {t("portal.nav.products")}
      </PageTitle>
      <nav aria-label={t("portal.listing.filter")} className="-mx-4 flex gap-2 overflow-x-auto px-4 pb-1">
        {tab(null, t("common.any"))}
        {STATUSES.map((s) => tab(s, t(`portal.listing.status.${s}`)))}
      </nav>
      {products.length === 0 ? (
        <p className={`${cardClass} text-sm text-stone-600`}>{t("portal.listing.none")}</p>
      ) : (
        <ul className="space-y-3">
          {products.map((p) => (
            <li key={p.id}>
              <Link to={`/producer/products/${p.id}`} className={`${cardClass} flex gap-3 hover:border-brand-600`}>
                {p.thumbnail ? (
                  <img src={p.thumbnail.replace(/-(800|1200)\.webp$/, "-400.webp")} alt="" className="h-16 w-16 shrink-0 rounded-lg bg-stone-100 object-cover" loading="lazy" />
                ) : (
                  <span aria-hidden="true" className="h-16 w-16 shrink-0 rounded-lg bg-stone-100" />
                )}
                <span className="min-w-0 flex-1 space-y-1">
                  <span className="block truncate font-medium">{p.title}</span>
                  <span className="flex flex-wrap items-center gap-2 text-sm text-stone-600">
                    <StatusBadge status={p.status} label={t(`portal.listing.status.${p.status}`)} />
                    {priceRange(p)}
                  </span>
                  <span className="block text-xs text-stone-600">
                    {t("portal.listing.stockTotal", { count: p.variants.reduce((sum, v) => sum + (v.stock ?? 0), 0) })}
                  </span>
                  {p.status === "rejected" && p.rejection_reason && <span className="block text-xs text-red-700">{t("portal.listing.rejectedBecause", { reason: p.rejection_reason })}</span>}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {count > offset + products.length && (
        <Link to={`?${new URLSearchParams({ ...(status ? { status } : {}), offset: String(offset + PAGE) })}`} className="inline-flex min-h-10 items-center text-sm font-medium text-brand-700 underline">
          {t("portal.more")}
        </Link>
      )}
    </div>
  )
}

export function meta({ matches }: Route.MetaArgs) {
  const t = translator(langFromMatches(matches))
  return [{ title: `${t("portal.nav.products")} – ${t("portal.name")}` }, { name: "robots", content: "noindex" }]
}
