import { Link, redirect } from "react-router"
import type { Route } from "./+types/products"
import { ActiveFilters, FilterForm, FilterPanel, type FilterChoices } from "~/components/filter-form"
import { Pagination } from "~/components/pagination"
import { ProductGrid } from "~/components/product-card"
import type { CatalogFacets } from "~/lib/catalog"
import { getCatalogFacets, listCatalogProducts } from "~/lib/catalog.server"
import {
  SORTS,
  activeFilterCount,
  hasEmptyField,
  listingHref,
  pageCount,
  parseListingFilters,
  toCatalogQuery,
} from "~/lib/filters"
import { translator } from "~/lib/i18n"
import { langFromMatches, useT } from "~/lib/use-lang"

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const filters = parseListingFilters(url.searchParams)
  // A GET form without JavaScript sends empty fields (`group=&…`): answer with the clean URL.
  if (hasEmptyField(url.searchParams)) throw redirect(listingHref(filters))
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

/** The catalog's facets (one count per star level) as the filter form's choices. */
function catalogChoices(facets: CatalogFacets): FilterChoices {
  return {
    starCount: (min) => facets.stars.filter((s) => s.value >= min).reduce((sum, s) => sum + s.count, 0),
    groupCount: (group) => facets.groups.find((g) => g.value === group)?.count,
    producers: facets.producers,
    communes: facets.communes,
    price: facets.price,
  }
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
          <FilterPanel active={active}>
            <FilterForm
              key={listingHref(filters)}
              action="/san-pham"
              filters={filters}
              sort={filters.sort}
              sorts={SORTS}
              choices={catalogChoices(facets)}
              toHref={(params) => listingHref(parseListingFilters(params))}
              clearHref="/san-pham"
            />
          </FilterPanel>
        </aside>
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="sr-only">
            {t("listing.results")}
          </h2>
          <ActiveFilters
            filters={filters}
            producerLabel={(handle) => facets.producers.find((p) => p.value === handle)?.label}
            without={(change) => listingHref({ ...filters, ...change, page: 1 })}
          />
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
