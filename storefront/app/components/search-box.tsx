import { useEffect, useId, useRef, useState } from "react"
import { Form, Link, useLocation, useNavigate } from "react-router"
import { responsiveImage } from "~/lib/images"
import { productPath } from "~/lib/paths"
import { MIN_SUGGEST_LENGTH, SEARCH_PATH, normalizeQuery, suggestHref, type Suggestion, type SuggestResponse } from "~/lib/search"
import { useT } from "~/lib/use-lang"
import { Highlighted } from "./highlighted"

/** How long typing must pause before suggestions are asked for. */
const DEBOUNCE_MS = 200

function SearchIcon({ className = "h-5 w-5" }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className={`fill-none stroke-current ${className}`} strokeWidth="1.8" strokeLinecap="round">
      <circle cx="8.5" cy="8.5" r="5.5" />
      <path d="M12.6 12.6 17 17" />
    </svg>
  )
}

/** True once React runs in the browser: the page works as plain HTML before. */
function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  return hydrated
}

/**
 * The header's search box: a plain GET form to `/tim-kiem?q=…` that works without
 * JavaScript. With JavaScript it is an ARIA combobox: products are suggested while
 * typing (debounced, from the `/tim-kiem/goi-y` resource route, so the publishable
 * key stays on the server); arrow keys choose, Enter opens, Escape closes.
 */
export function SearchBox() {
  const t = useT()
  const navigate = useNavigate()
  const location = useLocation()
  const hydrated = useHydrated()
  const id = useId()
  const listId = `${id}-suggestions`
  const optionId = (index: number) => `${id}-option-${index}`

  // On the results page the box keeps the query; elsewhere it starts empty.
  const urlQuery = location.pathname === SEARCH_PATH ? normalizeQuery(new URLSearchParams(location.search).get("q")) : ""
  const input = useRef<HTMLInputElement>(null)
  const [suggestions, setSuggestions] = useState<Suggestion[]>([])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const [announcement, setAnnouncement] = useState("")
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const request = useRef<AbortController | undefined>(undefined)
  const cache = useRef(new Map<string, Suggestion[]>())

  // A new page closes the list and shows its query (none but on the results page). The
  // input is uncontrolled, so what was typed before hydration stays: not on the first render.
  const seenPage = useRef(location.key)
  useEffect(() => {
    if (seenPage.current === location.key) return
    seenPage.current = location.key
    cancel()
    setOpen(false)
    setActive(-1)
    if (input.current) input.current.value = urlQuery
  }, [location.key, urlQuery])

  useEffect(() => cancel, [])

  /** Forgets the suggestions on their way: they would open over the page the shopper is going to. */
  function cancel() {
    clearTimeout(timer.current)
    request.current?.abort()
  }

  const current = () => normalizeQuery(input.current?.value)

  function show(q: string, list: Suggestion[]) {
    if (current() !== q) return // the shopper has typed on since
    setSuggestions(list)
    setActive(-1)
    setOpen(list.length > 0 && document.activeElement === input.current)
    setAnnouncement(list.length ? t("search.suggestions.count", { count: list.length }) : t("search.suggestions.none"))
  }

  function suggestFor(value: string) {
    cancel()
    const q = normalizeQuery(value)
    if (q.length < MIN_SUGGEST_LENGTH) {
      setSuggestions([])
      setOpen(false)
      setActive(-1)
      setAnnouncement("")
      return
    }
    const cached = cache.current.get(q)
    if (cached) return show(q, cached)
    timer.current = setTimeout(async () => {
      request.current?.abort()
      const controller = new AbortController()
      request.current = controller
      try {
        const response = await fetch(suggestHref(q), { signal: controller.signal, headers: { Accept: "application/json" } })
        if (!response.ok) throw new Error(`suggestions: HTTP ${response.status}`)
        const body = (await response.json()) as SuggestResponse
        const list = Array.isArray(body.suggestions) ? body.suggestions : []
        cache.current.set(q, list)
        show(q, list)
      } catch (error) {
        // Aborted, or the network failed: no suggestions, the form still searches.
        if (!controller.signal.aborted) console.warn(error)
      }
    }, DEBOUNCE_MS)
  }

  function choose(suggestion: Suggestion) {
    cancel()
    setOpen(false)
    setActive(-1)
    navigate(productPath(suggestion.handle))
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    const count = suggestions.length
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp": {
        if (!count || event.altKey) {
          if (count && event.key === "ArrowDown") setOpen(true)
          return
        }
        event.preventDefault()
        const down = event.key === "ArrowDown"
        if (!open) {
          setOpen(true)
          setActive(down ? 0 : count - 1)
        } else {
          setActive((index) => (down ? (index + 1) % count : index <= 0 ? count - 1 : index - 1))
        }
        return
      }
      case "Enter":
        if (open && active >= 0 && active < count) {
          event.preventDefault()
          choose(suggestions[active])
        }
        return
      case "Escape":
        if (open) {
          event.preventDefault()
          setOpen(false)
          setActive(-1)
        } else if (event.currentTarget.value) {
          event.preventDefault()
          event.currentTarget.value = ""
          suggestFor("")
        }
        return
      case "Tab":
        setOpen(false)
        return
    }
  }

  const expanded = hydrated && open && suggestions.length > 0
  return (
    <Form
      method="get"
      action={SEARCH_PATH}
      role="search"
      className="relative w-full"
      onSubmit={(event) => {
        // Nothing typed: stay here, ready to type.
        if (!current()) {
          event.preventDefault()
          input.current?.focus()
          return
        }
        cancel()
        setOpen(false)
      }}
    >
      <label htmlFor={`${id}-q`} className="sr-only">
        {t("search.label")}
      </label>
      <div className="flex rounded-full border border-stone-300 bg-white focus-within:border-brand-600 focus-within:ring-2 focus-within:ring-brand-600/30">
        <input
          ref={input}
          id={`${id}-q`}
          name="q"
          type="search"
          defaultValue={urlQuery}
          placeholder={t("search.placeholder")}
          maxLength={200}
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="search"
          className="min-h-10 w-full min-w-0 flex-1 rounded-l-full bg-transparent py-2 pl-4 pr-1 text-base text-stone-900 placeholder:text-stone-500 focus:outline-none sm:text-sm [&::-webkit-search-cancel-button]:cursor-pointer"
          {...(hydrated
            ? {
                role: "combobox",
                "aria-autocomplete": "list" as const,
                "aria-expanded": expanded,
                "aria-controls": listId,
                "aria-activedescendant": expanded && active >= 0 ? optionId(active) : undefined,
                onChange: (event: React.ChangeEvent<HTMLInputElement>) => suggestFor(event.currentTarget.value),
                onKeyDown,
                onFocus: () => {
                  if (suggestions.length && cache.current.get(current()) === suggestions) setOpen(true)
                },
                onBlur: () => setOpen(false),
              }
            : {})}
        />
        <button
          type="submit"
          className="inline-flex min-h-10 min-w-11 shrink-0 items-center justify-center rounded-r-full px-3 text-stone-600 hover:text-brand-700"
        >
          <SearchIcon />
          <span className="sr-only">{t("search.submit")}</span>
        </button>
      </div>
      {hydrated && (
        <>
          <ul
            id={listId}
            role="listbox"
            aria-label={t("search.suggestions")}
            hidden={!expanded}
            // Keep the focus in the box while a suggestion is clicked.
            onMouseDown={(event) => event.preventDefault()}
            className="absolute inset-x-0 top-full z-30 mt-1 max-h-[70vh] overflow-y-auto rounded-xl border border-stone-200 bg-white py-1 shadow-lg"
          >
            {suggestions.map((suggestion, index) => {
              const image = responsiveImage(suggestion.thumbnail, 400)
              return (
                <li
                  key={suggestion.handle}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === active}
                  onMouseMove={() => index !== active && setActive(index)}
                  className={index === active ? "bg-brand-50" : undefined}
                >
                  <Link
                    to={productPath(suggestion.handle)}
                    tabIndex={-1}
                    onClick={() => {
                      cancel()
                      setOpen(false)
                    }}
                    className="flex items-center gap-3 px-3 py-2 text-sm text-stone-900"
                  >
                    {image ? (
                      <img src={image.src} alt="" width={40} height={40} loading="lazy" className="h-10 w-10 shrink-0 rounded-md bg-stone-100 object-cover" />
                    ) : (
                      <span aria-hidden="true" className="flex h-10 w-10 shrink-0 items-center justify-center rounded-md bg-stone-100 text-stone-300">
                        ◇
                      </span>
                    )}
                    <span className="min-w-0 flex-1 leading-snug">
                      <Highlighted html={suggestion.highlight} fallback={suggestion.title} />
                    </span>
                  </Link>
                </li>
              )
            })}
          </ul>
          <div aria-live="polite" className="sr-only">
            {announcement}
          </div>
        </>
      )}
    </Form>
  )
}
