import { Link } from "react-router"
import type { Route } from "./+types/home"
import { GroupIcon } from "~/components/group-icon"
import { ProductGrid } from "~/components/product-card"
import { ProducerLogo, producerPath } from "~/components/producer-card"
import { LiveNowStrip } from "~/components/livestreams"
import { getCatalogFacets, listCatalogProducts, listLiveNow, listProducers } from "~/lib/catalog.server"
import { listingHref } from "~/lib/filters"
import { groupLabel, translator, type MessageKey } from "~/lib/i18n"
import { PRODUCT_GROUPS, type ProductGroup } from "~/lib/ocop"
import { langFromMatches, useLang, useT } from "~/lib/use-lang"

const FEATURED = 8

export async function loader() {
  const [fiveStar, fourPlus, facets, producers, liveNow] = await Promise.all([
    listCatalogProducts({ min_stars: 5, limit: FEATURED }),
    listCatalogProducts({ min_stars: 4, limit: FEATURED * 3 }),
    getCatalogFacets(),
    listProducers({ limit: 48 }),
    listLiveNow(),
  ])
  const groupCounts = Object.fromEntries(facets.groups.map((g) => [g.value, g.count])) as Partial<Record<ProductGroup, number>>
  return {
    liveNow,
    fiveStar: fiveStar.products,
    fiveStarCount: fiveStar.count,
    fourStar: fourPlus.products.filter((p) => p.ocop?.star === 4).slice(0, FEATURED),
    groupCounts,
    // Producers of the best-rated products first, then the busiest.
    producers: [...producers.producers]
      .sort((a, b) => (b.top_star ?? 0) - (a.top_star ?? 0) || b.product_count - a.product_count)
      .slice(0, 12),
  }
}

function SectionHeading({ id, title, href }: { id: string; title: string; href: string }) {
  const t = useT()
  return (
    <div className="mb-4 flex items-baseline justify-between gap-4">
      <h2 id={id} className="text-xl font-semibold sm:text-2xl">
        {title}
      </h2>
      <Link to={href} className="shrink-0 text-sm font-medium text-brand-700 hover:underline">
        {t("common.seeAll")}
        <span aria-hidden="true"> →</span>
      </Link>
    </div>
  )
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const { liveNow, fiveStar, fourStar, groupCounts, producers } = loaderData
  const t = useT()
  const lang = useLang()
  return (
    <>
      <section className="bg-gradient-to-b from-brand-50 to-stone-50">
        <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:py-16 lg:grid-cols-[3fr_2fr] lg:items-center">
          <div>
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-600">{t("site.name")}</p>
          <h1 className="mt-2 max-w-3xl text-3xl font-bold leading-tight sm:text-5xl">{t("home.hero.title")}</h1>
          <p className="mt-4 max-w-2xl text-base text-stone-700 sm:text-lg">{t("home.hero.lead")}</p>
          <p className="mt-6 flex flex-wrap gap-3">
            <Link to="/san-pham" className="rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white shadow-sm hover:bg-brand-700">
              {t("home.hero.cta")}
            </Link>
            <Link
              to="/nha-san-xuat"
              className="rounded-lg border border-stone-300 bg-white px-5 py-3 font-semibold text-stone-800 hover:border-brand-600"
            >
              {t("home.hero.producers")}
            </Link>
          </p>
          </div>
          <aside aria-labelledby="stars-heading" className="hidden rounded-2xl border border-brand-600/20 bg-white/80 p-5 shadow-sm lg:block">
            <h2 id="stars-heading" className="font-semibold">
              {t("home.stars.title")}
            </h2>
            <ul className="mt-3 space-y-2 text-sm">
              {([5, 4, 3] as const).map((star) => (
                <li key={star} className="flex items-center gap-3">
                  <span aria-hidden="true" className="w-16 shrink-0 text-star">
                    {"★".repeat(star)}
                  </span>
                  <span>{t(`home.stars.${star}` as MessageKey)}</span>
                </li>
              ))}
            </ul>
            <p className="mt-3 text-xs text-stone-600">{t("home.stars.validity")}</p>
          </aside>
        </div>
      </section>

      <div className="mx-auto max-w-6xl space-y-12 px-4 py-8">
        <LiveNowStrip livestreams={liveNow} />

        {fiveStar.length > 0 && (
          <section aria-labelledby="featured-5">
            <SectionHeading id="featured-5" title={t("home.featured5")} href={listingHref({ minStars: 5 })} />
            <ProductGrid products={fiveStar} compact />
          </section>
        )}

        {fourStar.length > 0 && (
          <section aria-labelledby="featured-4">
            <SectionHeading id="featured-4" title={t("home.featured4")} href={listingHref({ minStars: 4 })} />
            <ProductGrid products={fourStar} compact />
          </section>
        )}

        <section aria-labelledby="groups">
          <h2 id="groups" className="mb-4 text-xl font-semibold sm:text-2xl">
            {t("home.groups")}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {PRODUCT_GROUPS.map((group) => (
              <li key={group}>
                <Link
                  to={listingHref({ group })}
                  className="flex h-full items-center gap-3 rounded-xl border border-stone-200 bg-white p-3 shadow-sm hover:border-brand-600 sm:p-4"
                >
                  <span className="rounded-lg bg-brand-50 p-2 text-brand-700">
                    <GroupIcon group={group} />
                  </span>
                  <span className="min-w-0">
                    <span className="block text-sm font-semibold leading-snug sm:text-base">{groupLabel(lang, group)}</span>
                    {groupCounts[group] !== undefined && (
                      <span className="mt-1 block text-xs text-stone-600">
                        {t("common.productCount", { count: groupCounts[group] ?? 0 })}
                      </span>
                    )}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>

        {producers.length > 0 && (
          <section aria-labelledby="producers">
            <SectionHeading id="producers" title={t("home.producers")} href="/nha-san-xuat" />
            <ul className="-mx-4 flex snap-x scroll-px-4 gap-3 overflow-x-auto px-4 pb-2 lg:mx-0 lg:grid lg:grid-cols-6 lg:overflow-visible lg:px-0">
              {producers.map((producer, index) => (
                <li key={producer.id} className={`w-36 shrink-0 snap-start lg:w-auto ${index >= 6 ? "lg:hidden" : ""}`}>
                  <Link
                    to={producerPath(producer.handle)}
                    className="flex h-full flex-col items-center gap-2 rounded-xl border border-stone-200 bg-white p-3 text-center shadow-sm hover:border-brand-600"
                  >
                    <ProducerLogo url={producer.logo_url} name={producer.name} size={64} />
                    <span className="line-clamp-3 text-sm font-medium leading-snug">{producer.name}</span>
                    <span className="mt-auto text-xs text-stone-600">{producer.commune}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </>
  )
}

export function meta({ matches }: Route.MetaArgs) {
  const t = translator(langFromMatches(matches))
  return [
    { title: t("home.meta.title") },
    { name: "description", content: t("home.meta.description") },
    { property: "og:title", content: t("home.meta.title") },
    { property: "og:description", content: t("home.meta.description") },
    { property: "og:type", content: "website" },
  ]
}
