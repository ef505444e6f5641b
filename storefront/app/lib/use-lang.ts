/**
 * The page's language in components and meta functions: the root loader reads the
 * `lang` cookie once per request and every route uses its answer.
 */
import { useRouteLoaderData } from "react-router"
import { resolveLang, translator, type Lang, type Translate } from "./i18n"

export function useLang(): Lang {
  const data = useRouteLoaderData("root") as { lang?: Lang } | undefined
  return resolveLang(data?.lang)
}

export function useT(): Translate {
  return translator(useLang())
}

type MatchLike = { id: string; data?: unknown } | undefined

/** The language in a meta function, from the root route's data. */
export function langFromMatches(matches: readonly MatchLike[]): Lang {
  const root = matches.find((m) => m?.id === "root")?.data as { lang?: Lang } | undefined
  return resolveLang(root?.lang)
}
