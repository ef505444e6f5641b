import { Form, Link, redirect, useNavigate } from "react-router"
import type { Route } from "./+types/products"
import { Pagination } from "~/components/pagination"
import { ProductGrid } from "~/components/product-card"
import type { CatalogFacets } from "~/lib/catalog"
import { getCatalogFacets, listCatalogProducts } from "~/lib/catalog.server"
import {
  SORTS,
  activeFilterCount,
  listingHref,
  pageCount,
  parseListingFilters,
  toCatalogQuery,
  type ListingFilters,
} from "~/lib/filters"
import { groupLabel, translator, type MessageKey } from "~/lib/i18n"
import { formatMoney } from "~/lib/money"
import { PRODUCT_GROUPS, STAR_LEVELS } from "~/lib/ocop"
import { langFromMatches, useLang, useT } from "~/lib/use-lang"

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const filters = parseListingFilters(url.searchParams)
  // A GET form without JavaScript sends empty fields (`group=&…`): answer with the clean URL.
  if ([...url.searchParams.values()].some((v) => v.trim() === "")) throw redirect(listingHref(filters))
  const [list, facets] = await Promise.all([listCatalogProducts(toCatalogQuery(filters)), getCatalogFacets()])
  // Past the last page (the catalog shrank, or a hand-edited URL): go to the last one.
  if (filters.page > pageCount(list.count) && list.count > 0) throw redirect(listingHref({ ...filters, page: pageCount(list.count) }))
  return {
    filters,
    products: list.products,
    count: list.count,
    pages: pageCount(list.count),
    facets,
    canonical: `${url.origin}${listingHref(filters)}`,
  }
}

const fieldClass =
  "mt-1 block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm text-stone-900 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
const labelClass = "block text-sm font-medium text-stone-800"

function FilterForm({ filters, facets }: { filters: ListingFilters; facets: CatalogFacets }) {
  const t = useT()
  const lang = useLang()
  const navigate = useNavigate()
  const starCount = (min: number) => facets.stars.filter((s) => s.value >= min).reduce((sum, s) => sum + s.count, 0)
  const groupCount = (group: string) => facets.groups.find((g) => g.value === group)?.count
  const withCount = (label: string, count: number | undefined) => (count === undefined ? label : `${label} (${count})`)
  return (
    <Form
      method="get"
      action="/san-pham"
      id="filters"
      className="space-y-4"
      // With JavaScript: go straight to the clean URL, and apply a choice as soon as it is made.
      onSubmit={(event) => {
        event.preventDefault()
        const params = new URLSearchParams()
        for (const [key, value] of new FormData(event.currentTarget)) if (typeof value === "string") params.append(key, value)
        navigate(listingHref(parseListingFilters(params)))
      }}
      onChange={(event) => {
        if (event.target instanceof HTMLSelectElement) event.currentTarget.requestSubmit()
      }}
    >
      <div>
        <label htmlFor="f-sort" className={labelClass}>
          {t("filters.sort")}
        </label>
        <select id="f-sort" name="sort" defaultValue={filters.sort} className={fieldClass}>
          {SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`sort.${sort}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-stars" className={labelClass}>
          {t("filters.stars")}
        </label>
        <select id="f-stars" name="min_stars" defaultValue={filters.minStars ?? ""} className={fieldClass}>
          <option value="">{t("common.any")}</option>
          {STAR_LEVELS.map((star) => (
            <option key={star} value={star}>
              {withCount(t(`filters.stars.${star}` as MessageKey), starCount(star))}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-group" className={labelClass}>
          {t("filters.group")}
        </label>
        <select id="f-group" name="group" defaultValue={filters.group ?? ""} className={fieldClass}>
          <option value="">{t("common.any")}</option>
          {PRODUCT_GROUPS.map((group) => (
            <option key={group} value={group}>
              {withCount(groupLabel(lang, group), groupCount(group))}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-producer" className={labelClass}>
          {t("filters.producer")}
        </label>
        <select id="f-producer" name="producer" defaultValue={filters.producer ?? ""} className={fieldClass}>
          <option value="">{t("common.any")}</option>
          {facets.producers.map((producer) => (
            <option key={producer.value} value={producer.value}>
              {withCount(producer.label, producer.count)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-commune" className={labelClass}>
          {t("filters.commune")}
        </label>
        <select id="f-commune" name="commune" defaultValue={filters.commune ?? ""} className={fieldClass}>
          <option value="">{t("common.any")}</option>
          {facets.communes.map((commune) => (
            <option key={commune.value} value={commune.value}>
              {withCount(commune.value, commune.count)}
            </option>
          ))}
        </select>
      </div>
      <div className="grid grid-cols-2 gap-3">
        <div>
          <label htmlFor="f-price-min" className={labelClass}>
            {t("filters.priceMin")}
          </label>
          <input
            id="f-price-min"
            name="price_min"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            defaultValue={filters.priceMin ?? ""}
            placeholder={facets.price ? String(facets.price.min) : "0"}
            className={fieldClass}
          />
        </div>
        <div>
          <label htmlFor="f-price-max" className={labelClass}>
            {t("filters.priceMax")}
          </label>
          <input
            id="f-price-max"
            name="price_max"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            defaultValue={filters.priceMax ?? ""}
            placeholder={facets.price ? String(facets.price.max) : ""}
            className={fieldClass}
          />
        </div>
      </div>
      <div className="flex items-center gap-3 pt-1">
        <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          {t("filters.apply")}
        </button>
        <Link to="/san-pham" className="text-sm font-medium text-stone-700 underline-offset-2 hover:text-brand-700 hover:underline">
          {t("filters.clear")}
        </Link>
      </div>
    </Form>
  )
}

/** The active filters as links that remove them one by one. */
function ActiveFilters({ filters, facets }: { filters: ListingFilters; facets: CatalogFacets }) {
  const t = useT()
  const lang = useLang()
  const chips: { label: string; href: string }[] = []
  const without = (change: Partial<ListingFilters>) => listingHref({ ...filters, ...change, page: 1 })
  if (filters.minStars) chips.push({ label: t(`filters.stars.${filters.minStars}` as MessageKey), href: without({ minStars: null }) })
  if (filters.group) chips.push({ label: groupLabel(lang, filters.group), href: without({ group: null }) })
  if (filters.producer) {
    const name = facets.producers.find((p) => p.value === filters.producer)?.label ?? filters.producer
    chips.push({ label: name, href: without({ producer: null }) })
  }
  if (filters.commune) chips.push({ label: filters.commune, href: without({ commune: null }) })
  if (filters.priceMin !== null) chips.push({ label: `≥ ${formatMoney(filters.priceMin)}`, href: without({ priceMin: null }) })
  if (filters.priceMax !== null) chips.push({ label: `≤ ${formatMoney(filters.priceMax)}`, href: without({ priceMax: null }) })
  if (chips.length === 0) return null
  return (
    <ul className="mb-4 flex flex-wrap gap-2">
      {chips.map((chip) => (
        <li key={chip.href}>
          <Link
            to={chip.href}
            className="inline-flex items-center gap-1.5 rounded-full border border-brand-600/30 bg-brand-50 py-1 pl-3 pr-2 text-sm text-brand-700 hover:border-brand-600"
          >
            {chip.label}
            <span aria-hidden="true" className="text-base leading-none">
              ×
            </span>
            <span className="sr-only">({t("filters.clear")})</span>
          </Link>
        </li>
      ))}
    </ul>
  )
}

export default function Products({ loaderData }: Route.ComponentProps) {
  const { filters, products, count, pages, facets } = loaderData
  const t = useT()
  const active = activeFilterCount(filters)
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("listing.title")}</h1>
        <p className="text-sm text-stone-600" role="status">
          {t("listing.count", { count })}
        </p>
      </div>
      <div className="lg:grid lg:grid-cols-[15rem_1fr] lg:gap-8">
        <aside className="mb-6 lg:mb-0">
          <details className="filters group rounded-xl border border-stone-200 bg-white p-4 lg:sticky lg:top-4">
            <summary className="flex cursor-pointer list-none items-center justify-between font-semibold lg:hidden">
              {active ? t("filters.activeCount", { count: active }) : t("filters.title")}
              <span aria-hidden="true" className="transition group-open:rotate-180">
                ▾
              </span>
            </summary>
            <h2 className="mb-3 hidden font-semibold lg:block">{t("filters.title")}</h2>
            <div className="mt-4 lg:mt-0">
              <FilterForm key={listingHref(filters)} filters={filters} facets={facets} />
            </div>
          </details>
        </aside>
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="sr-only">
            {t("listing.results")}
          </h2>
          <ActiveFilters filters={filters} facets={facets} />
          {products.length === 0 ? (
            <p className="rounded-xl border border-dashed border-stone-300 bg-white p-8 text-center text-stone-600">
              {t("listing.empty")}{" "}
              <Link to="/san-pham" className="font-medium text-brand-700 underline">
                {t("filters.clear")}
              </Link>
            </p>
          ) : (
            <ProductGrid products={products} label={t("listing.results")} />
          )}
          <Pagination page={filters.page} pages={pages} hrefFor={(page) => listingHref({ ...filters, page })} />
        </section>
      </div>
    </div>
  )
}

export function meta({ data, matches }: Route.MetaArgs) {
  const t = translator(langFromMatches(matches))
  const tags: Route.MetaDescriptors = [
    { title: t("listing.meta.title") },
    { name: "description", content: t("listing.meta.description") },
    { property: "og:title", content: t("listing.meta.title") },
    { property: "og:description", content: t("listing.meta.description") },
  ]
  if (data) tags.push({ tagName: "link", rel: "canonical", href: data.canonical })
  return tags
}
