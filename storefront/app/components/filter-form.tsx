import { Form, Link, useNavigate } from "react-router"
import type { FacetFilters } from "~/lib/filters"
import { groupLabel, type MessageKey } from "~/lib/i18n"
import { formatMoney } from "~/lib/money"
import { PRODUCT_GROUPS, STAR_LEVELS, type ProductGroup, type StarLevel } from "~/lib/ocop"
import { useLang, useT } from "~/lib/use-lang"

/** What the filter controls offer, with how many products each choice would leave. */
export type FilterChoices = {
  /** Products with at least `min` stars; `undefined` when unknown. */
  starCount: (min: StarLevel) => number | undefined
  groupCount: (group: ProductGroup) => number | undefined
  producers: { value: string; label: string; count: number }[]
  communes: { value: string; count: number }[]
  price: { min: number; max: number } | null
  /** Leave out the choices that would leave no product (search results). */
  hideEmpty?: boolean
}

const fieldClass =
  "mt-1 block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm text-stone-900 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
const labelClass = "block text-sm font-medium text-stone-800"

/**
 * The filters and sort of a product list as a plain GET form (works without
 * JavaScript; the page's loader redirects to the clean URL). With JavaScript a
 * choice applies at once and the form goes straight to the clean URL `toHref` gives.
 */
export function FilterForm({
  action,
  filters,
  sort,
  sorts,
  hidden = {},
  choices,
  toHref,
  clearHref,
}: {
  action: string
  filters: FacetFilters
  sort: string
  sorts: readonly string[]
  /** Fields the form carries along unchanged, e.g. the search query. */
  hidden?: Record<string, string>
  choices: FilterChoices
  toHref: (params: URLSearchParams) => string
  clearHref: string
}) {
  const t = useT()
  const lang = useLang()
  const navigate = useNavigate()
  const withCount = (label: string, count: number | undefined) => (count === undefined ? label : `${label} (${count})`)
  const shown = (count: number | undefined, selected: boolean) => selected || !choices.hideEmpty || count === undefined || count > 0
  const producers = withSelected(choices.producers, filters.producer, (value) => ({ value, label: value, count: 0 }))
  const communes = withSelected(choices.communes, filters.commune, (value) => ({ value, count: 0 }))
  return (
    <Form
      method="get"
      action={action}
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault()
        const params = new URLSearchParams()
        for (const [key, value] of new FormData(event.currentTarget)) if (typeof value === "string") params.append(key, value)
        navigate(toHref(params))
      }}
      onChange={(event) => {
        if (event.target instanceof HTMLSelectElement) event.currentTarget.requestSubmit()
      }}
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div>
        <label htmlFor="f-sort" className={labelClass}>
          {t("filters.sort")}
        </label>
        <select id="f-sort" name="sort" defaultValue={sort} className={fieldClass}>
          {sorts.map((value) => (
            <option key={value} value={value}>
              {t(`sort.${value}` as MessageKey)}
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
          {STAR_LEVELS.filter((star) => shown(choices.starCount(star), filters.minStars === star)).map((star) => (
            <option key={star} value={star}>
              {withCount(t(`filters.stars.${star}` as MessageKey), choices.starCount(star))}
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
          {PRODUCT_GROUPS.filter((group) => shown(choices.groupCount(group), filters.group === group)).map((group) => (
            <option key={group} value={group}>
              {withCount(groupLabel(lang, group), choices.groupCount(group))}
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
          {producers.map((producer) => (
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
          {communes.map((commune) => (
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
            placeholder={choices.price ? String(choices.price.min) : "0"}
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
            placeholder={choices.price ? String(choices.price.max) : ""}
            className={fieldClass}
          />
        </div>
      </div>
      <div className="flex items-center gap-3 pt-1">
        <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          {t("filters.apply")}
        </button>
        <Link to={clearHref} className="text-sm font-medium text-stone-700 underline-offset-2 hover:text-brand-700 hover:underline">
          {t("filters.clear")}
        </Link>
      </div>
    </Form>
  )
}

/** The list with the selected value in it, even when no product has it any more. */
function withSelected<T extends { value: string }>(list: T[], selected: string | null, make: (value: string) => T): T[] {
  return selected && !list.some((item) => item.value === selected) ? [make(selected), ...list] : list
}

/** The active filters as links that remove them one by one; `without(change)` keeps the rest of the URL state. */
export function ActiveFilters({
  filters,
  producerLabel,
  without,
}: {
  filters: FacetFilters
  producerLabel: (handle: string) => string | undefined
  without: (change: Partial<FacetFilters>) => string
}) {
  const t = useT()
  const lang = useLang()
  const chips: { label: string; href: string }[] = []
  if (filters.minStars) chips.push({ label: t(`filters.stars.${filters.minStars}` as MessageKey), href: without({ minStars: null }) })
  if (filters.group) chips.push({ label: groupLabel(lang, filters.group), href: without({ group: null }) })
  if (filters.producer) chips.push({ label: producerLabel(filters.producer) ?? filters.producer, href: without({ producer: null }) })
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

/**
 * The filter panel: a disclosure on a phone (its summary counts the active
 * filters), always open beside the results on a large screen.
 */
export function FilterPanel({ active, children }: { active: number; children: React.ReactNode }) {
  const t = useT()
  return (
    <details className="filters group rounded-xl border border-stone-200 bg-white p-4 lg:sticky lg:top-4">
      <summary className="flex cursor-pointer list-none items-center justify-between font-semibold lg:hidden">
        {active ? t("filters.activeCount", { count: active }) : t("filters.title")}
        <span aria-hidden="true" className="transition group-open:rotate-180">
          ▾
        </span>
      </summary>
      <h2 className="mb-3 hidden font-semibold lg:block">{t("filters.title")}</h2>
      <div className="mt-4 lg:mt-0">{children}</div>
    </details>
  )
}
