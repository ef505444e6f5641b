import type { ProductGroup } from "~/lib/ocop"

const PATHS: Record<ProductGroup, string> = {
  food: "M3 11h18a9 9 0 0 1-18 0zM8 7.5c0-1.2 1-1.2 1-2.5M12 7.5c0-1.2 1-1.2 1-2.5M16 7.5c0-1.2 1-1.2 1-2.5",
  beverages: "M4 8h13v5a5 5 0 0 1-5 5H9a5 5 0 0 1-5-5zM17 10h1.5a2 2 0 0 1 0 4H17M4 21h13",
  herbal: "M5 19C5 9 11 4 20 4c0 9-5 15-15 15zM5 19l9-9",
  handicrafts: "M9 3h6M10 3v3c-3 2-5 5-5 9a5 5 0 0 0 5 5h4a5 5 0 0 0 5-5c0-4-2-7-5-9V3",
  ornamental: "M7 14h10l-1.5 7h-7zM12 14V8M12 10c-3 0-5-2-5-5 3 0 5 2 5 5zM12 8c0-3 2-5 5-5 0 3-2 5-5 5z",
  tourism: "M12 3v13M12 4l7 11h-7M3 17h18l-2 3H5z",
}

/** A line icon for each OCOP product group. */
export function GroupIcon({ group, className = "h-6 w-6" }: { group: ProductGroup; className?: string }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className={`fill-none stroke-current ${className}`}
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[group]} />
    </svg>
  )
}
