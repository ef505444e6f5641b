import { useT } from "~/lib/use-lang"

/**
 * The OCOP star mark. Render it only from a *current* certificate (`product.ocop`):
 * an expired rating never gets a badge.
 */
export function OcopBadge({ star, size = "sm" }: { star: number; size?: "sm" | "lg" }) {
  const t = useT()
  const label = t("ocop.badge", { star })
  const sizing = size === "lg" ? "gap-1.5 px-3 py-1 text-sm" : "gap-1 px-2 py-0.5 text-xs"
  return (
    <span
      role="img"
      aria-label={label}
      title={label}
      className={`inline-flex items-center rounded-full bg-white/95 font-semibold text-amber-900 ring-1 ring-amber-300 ${sizing}`}
    >
      <span aria-hidden="true" className="tracking-tight text-star">
        {"★".repeat(star)}
      </span>
      <span aria-hidden="true">OCOP</span>
    </span>
  )
}
