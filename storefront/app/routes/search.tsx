import { Link, redirect } from "react-router"
import type { Route } from "./+types/search"
import { ActiveFilters, FilterForm, FilterPanel, type FilterChoices } from "~/components/filter-form"
import { GroupIcon } from "~/components/group-icon"
import { Pagination } from "~/components/pagination"
import { ProductGrid } from "~/components/product-card"
import { searchProducts } from "~/lib/catalog.server"
import { EMPTY_FACET_FILTERS, activeFilterCount, hasEmptyField, listingHref, pageCount } from "~/lib/filters"
import { groupLabel, translator } from "~/lib/i18n"
import { PRODUCT_GROUPS } from "~/lib/ocop"
import {
  SEARCH_PAGE_SIZE,
  SEARCH_SORTS,
  isSearching,
  parseSearchState,
  searchHref,
  toSearchQuery,
  type SearchFacets,
} from "~/lib/search"
import { langFromMatches, useLang, useT } from "~/lib/use-lang"

/** Words to try on the empty search page: what shoppers look for most. */
const EXAMPLES = ["nước mắm", "trà hoa vàng", "chả mực", "ba kích", "mật ong"]

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const state = parseSearchState(url.searchParams)
  // A GET form without JavaScript sends empty fields (`group=&…`): answer with the clean URL.
  if (hasEmptyField(url.searchParams)) throw redirect(searchHref(state))
  if (!isSearching(state)) return { state, result: null, pages: 1 }
  const result = await searchProducts(toSearchQuery(state))
  const pages = pageCount(result.count, SEARCH_PAGE_SIZE)
  // Past the last page (a hand-edited URL, or fewer products now): go to the last one.
  if (state.page > pages && result.count > 0) throw redirect(searchHref({ ...state, page: pages }))
  return {
    state,
    result: {
      hits: result.hits,
      count: result.count,
      facets: result.facets,
      didYouMean: result.did_you_mean && result.did_you_mean !== state.q ? result.did_you_mean : null,
      corrected: result.corrected === true,
    },
    pages,
  }
}

/** Search results are for people, not for search engines' indexes. */
export const headers: Route.HeadersFunction = ({ parentHeaders }) => {
  const headers = new Headers(parentHeaders)
  headers.set("X-Robots-Tag", "noindex")
  return headers
}

function searchChoices(facets: SearchFacets): FilterChoices {
  return {
    starCount: (min) => facets.stars.find((s) => s.value === min)?.count ?? 0,
    groupCount: (group) => facets.groups.find((g) => g.value === group)?.count ?? 0,
    producers: facets.producers,
    communes: facets.communes,
    price: facets.price,
    hideEmpty: true,
  }
}

function GroupLinks() {
  const t = useT()
  const lang = useLang()
  return (
    <section aria-labelledby="browse-groups" className="mt-8">
      <h2 id="browse-groups" className="mb-3 text-lg font-semibold">
        {t("search.empty.browse")}
      </h2>
      <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {PRODUCT_GROUPS.map((group) => (
          <li key={group}>
            <Link
              to={listingHref({ group })}
              className="flex h-full items-center gap-3 rounded-xl border border-stone-200 bg-white p-3 text-sm font-medium shadow-sm hover:border-brand-600"
            >
              <span className="rounded-lg bg-brand-50 p-1.5 text-brand-700">
                <GroupIcon group={group} className="h-5 w-5" />
              </span>
              {groupLabel(lang, group)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}

function Examples() {
  const t = useT()
  return (
    <p className="mt-4 flex flex-wrap items-center gap-2 text-sm">
      <span className="text-stone-600">{t("search.prompt.examples")}:</span>
      {EXAMPLES.map((q) => (
        <Link
          key={q}
          to={searchHref({ q })}
          className="rounded-full border border-stone-300 bg-white px-3 py-1 text-stone-800 hover:border-brand-600 hover:text-brand-700"
        >
          {q}
        </Link>
      ))}
    </p>
  )
}

function Prompt() {
  const t = useT()
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:py-10">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("search.prompt.title")}</h1>
      <p className="mt-2 max-w-prose text-stone-700">{t("search.prompt.body")}</p>
      <Examples />
      <GroupLinks />
    </div>
  )
}

export default function Search({ loaderData }: Route.ComponentProps) {
  const { state, result, pages } = loaderData
  const t = useT()
  if (!result) return <Prompt />
  const { hits, count, facets, didYouMean, corrected } = result
  const active = activeFilterCount(state)
  const shownQuery = corrected && didYouMean ? didYouMean : state.q
  const status = state.q ? t("search.count", { count, q: shownQuery }) : t("search.countFiltered", { count })
  const withoutFilters = searchHref({ ...EMPTY_FACET_FILTERS, q: state.q, sort: state.sort })
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
      <div className="mb-4">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("search.title")}</h1>
        <p className="mt-1 text-stone-700" role="status">
          {status}
        </p>
        {didYouMean && (
          <p className="mt-2 text-stone-800">
            {corrected && <span className="mr-1 text-stone-600">{t("search.corrected", { q: state.q })}</span>}
            {t("search.didYouMean")}{" "}
            <Link to={searchHref({ ...state, q: didYouMean, page: 1 })} className="font-semibold text-brand-700 underline underline-offset-2">
              {didYouMean}
            </Link>
            ?
          </p>
        )}
      </div>
      <div className={count > 0 || active > 0 ? "lg:grid lg:grid-cols-[15rem_1fr] lg:gap-8" : undefined}>
        {(count > 0 || active > 0) && (
          <aside className="mb-6 lg:mb-0">
            <FilterPanel active={active}>
              <FilterForm
                key={searchHref(state)}
                action="/tim-kiem"
                filters={state}
                sort={state.sort}
                sorts={SEARCH_SORTS}
                hidden={state.q ? { q: state.q } : {}}
                choices={searchChoices(facets)}
                toHref={(params) => searchHref(parseSearchState(params))}
                clearHref={withoutFilters}
              />
            </FilterPanel>
          </aside>
        )}
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="sr-only">
            {t("search.results")}
          </h2>
          <ActiveFilters
            filters={state}
            producerLabel={(handle) => facets.producers.find((p) => p.value === handle)?.label}
            without={(change) => searchHref({ ...state, ...change, page: 1 })}
          />
          {hits.length === 0 ? (
            <div className="rounded-xl border border-dashed border-stone-300 bg-white p-6 sm:p-8">
              <p className="text-lg font-semibold">
                {state.q ? t("search.empty.title", { q: state.q }) : t("search.empty.filtered")}
              </p>
              {active > 0 && state.q && <p className="mt-1 text-stone-700">{t("search.empty.filtered")}</p>}
              {active > 0 && state.q && (
                <p className="mt-3">
                  <Link to={withoutFilters} className="font-medium text-brand-700 underline">
                    {t("search.empty.clearFilters")}
                  </Link>
                </p>
              )}
              <p className="mt-3 max-w-prose text-stone-700">{t("search.empty.tips")}</p>
              <Examples />
            </div>
          ) : (
            <ProductGrid products={hits} label={t("search.results")} />
          )}
          {hits.length === 0 && <GroupLinks />}
          <Pagination page={state.page} pages={pages} hrefFor={(page) => searchHref({ ...state, page })} />
        </section>
      </div>
    </div>
  )
}

export function meta({ data, matches }: Route.MetaArgs) {
  const t = translator(langFromMatches(matches))
  const q = data?.state.q
  return [{ title: q ? t("search.meta.title", { q }) : t("search.meta.titleEmpty") }, { name: "robots", content: "noindex, follow" }]
}
