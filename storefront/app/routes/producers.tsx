import { Form, Link, redirect } from "react-router"
import type { Route } from "./+types/producers"
import { Pagination } from "~/components/pagination"
import { ProducerCard } from "~/components/producer-card"
import { getCatalogFacets, listProducers } from "~/lib/catalog.server"
import { PRODUCERS_PAGE_SIZE, pageCount, parseProducerFilters, producersHref } from "~/lib/filters"
import { legalFormLabel, translator } from "~/lib/i18n"
import { LEGAL_FORMS } from "~/lib/ocop"
import { langFromMatches, useLang, useT } from "~/lib/use-lang"

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const filters = parseProducerFilters(url.searchParams)
  if ([...url.searchParams.values()].some((v) => v.trim() === "")) throw redirect(producersHref(filters))
  const [list, facets] = await Promise.all([
    listProducers({
      q: filters.q ?? undefined,
      legal_form: filters.legalForm ?? undefined,
      commune: filters.commune ?? undefined,
      limit: PRODUCERS_PAGE_SIZE,
      offset: (filters.page - 1) * PRODUCERS_PAGE_SIZE,
    }),
    getCatalogFacets(),
  ])
  const pages = pageCount(list.count, PRODUCERS_PAGE_SIZE)
  if (filters.page > pages && list.count > 0) throw redirect(producersHref({ ...filters, page: pages }))
  return {
    filters,
    producers: list.producers,
    count: list.count,
    pages,
    communes: facets.communes.map((c) => c.value),
    canonical: `${url.origin}${producersHref(filters)}`,
  }
}

const fieldClass =
  "mt-1 block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"

export default function Producers({ loaderData }: Route.ComponentProps) {
  const { filters, producers, count, pages, communes } = loaderData
  const t = useT()
  const lang = useLang()
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("producers.title")}</h1>
      <p className="mt-2 max-w-2xl text-stone-700">{t("producers.lead")}</p>

      <Form
        method="get"
        action="/nha-san-xuat"
        key={producersHref(filters)}
        className="mt-6 grid gap-3 rounded-xl border border-stone-200 bg-white p-4 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end"
      >
        <div>
          <label htmlFor="p-q" className="block text-sm font-medium">
            {t("producers.search")}
          </label>
          <input id="p-q" name="q" type="search" defaultValue={filters.q ?? ""} className={fieldClass} />
        </div>
        <div>
          <label htmlFor="p-legal" className="block text-sm font-medium">
            {t("producers.legalForm")}
          </label>
          <select id="p-legal" name="legal_form" defaultValue={filters.legalForm ?? ""} className={fieldClass}>
            <option value="">{t("common.any")}</option>
            {LEGAL_FORMS.map((form) => (
              <option key={form} value={form}>
                {legalFormLabel(lang, form)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="p-commune" className="block text-sm font-medium">
            {t("producers.commune")}
          </label>
          <select id="p-commune" name="commune" defaultValue={filters.commune ?? ""} className={fieldClass}>
            <option value="">{t("common.any")}</option>
            {communes.map((commune) => (
              <option key={commune} value={commune}>
                {commune}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          {t("filters.apply")}
        </button>
      </Form>

      <p className="mt-6 text-sm text-stone-600" role="status">
        {t("producers.count", { count })}
      </p>
      {producers.length === 0 ? (
        <p className="mt-4 rounded-xl border border-dashed border-stone-300 bg-white p-8 text-center text-stone-600">
          {t("producers.empty")}{" "}
          <Link to="/nha-san-xuat" className="font-medium text-brand-700 underline">
            {t("filters.clear")}
          </Link>
        </p>
      ) : (
        <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {producers.map((producer) => (
            <li key={producer.id}>
              <ProducerCard producer={producer} />
            </li>
          ))}
        </ul>
      )}
      <Pagination page={filters.page} pages={pages} hrefFor={(page) => producersHref({ ...filters, page })} />
    </div>
  )
}

export function meta({ data, matches }: Route.MetaArgs) {
  const t = translator(langFromMatches(matches))
  const tags: Route.MetaDescriptors = [
    { title: t("producers.meta.title") },
    { name: "description", content: t("producers.meta.description") },
    { property: "og:title", content: t("producers.meta.title") },
    { property: "og:description", content: t("producers.meta.description") },
  ]
  if (data) tags.push({ tagName: "link", rel: "canonical", href: data.canonical })
  return tags
}
