import { Link } from "react-router"
import { pageWindow } from "~/lib/filters"
import { useT } from "~/lib/use-lang"

/** Previous/next and page-number links; `hrefFor(page)` keeps the other URL state. */
export function Pagination({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (page: number) => string }) {
  const t = useT()
  if (pages <= 1) return null
  const linkClass = "inline-flex min-h-10 min-w-10 items-center justify-center rounded-lg border px-3 text-sm"
  const idle = "border-stone-300 bg-white hover:border-brand-600"
  const current = "border-brand-600 bg-brand-600 font-semibold text-white"
  return (
    <nav aria-label={t("pagination.label")} className="mt-8 flex flex-col items-center gap-3">
      <p className="text-sm text-stone-600">{t("pagination.status", { page, pages })}</p>
      <ul className="flex flex-wrap items-center justify-center gap-1.5">
        {page > 1 && (
          <li>
            <Link to={hrefFor(page - 1)} rel="prev" className={`${linkClass} ${idle}`}>
              <span aria-hidden="true">‹&nbsp;</span>
              {t("pagination.previous")}
            </Link>
          </li>
        )}
        {pageWindow(page, pages).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="hidden px-1 text-stone-500 sm:block">
              …
            </li>
          ) : (
            <li key={p} className="hidden sm:block">
              <Link
                to={hrefFor(p)}
                aria-label={t("pagination.page", { page: p })}
                aria-current={p === page ? "page" : undefined}
                className={`${linkClass} ${p === page ? current : idle}`}
              >
                {p}
              </Link>
            </li>
          ),
        )}
        {page < pages && (
          <li>
            <Link to={hrefFor(page + 1)} rel="next" className={`${linkClass} ${idle}`}>
              {t("pagination.next")}
              <span aria-hidden="true">&nbsp;›</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  )
}
