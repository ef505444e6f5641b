import { highlightSegments } from "~/lib/highlight"

/**
 * A search highlight (an HTML fragment from the search API) rendered as text, with
 * the matching words in <mark>; `fallback` when there is no highlight. Never uses
 * innerHTML: see lib/highlight.ts.
 */
export function Highlighted({ html, fallback }: { html: string | null | undefined; fallback?: string | null }) {
  const segments = highlightSegments(html)
  if (segments.length === 0) return <>{fallback ?? ""}</>
  return (
    <>
      {segments.map((segment, index) =>
        segment.mark ? (
          <mark key={index} className="rounded-sm bg-amber-100 px-px text-inherit">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  )
}
