/**
 * Building blocks of the producer portal's pages (`/producer`): a phone-first tab bar,
 * form fields with their error and hint, notices and status badges. Plain HTML forms:
 * everything works without JavaScript.
 */
import { NavLink } from "react-router"
import { formatDate } from "~/lib/dates"
import type { MessageKey } from "~/lib/i18n"
import type { PortalCertificate } from "~/lib/producer-portal"
import { useT } from "~/lib/use-lang"

export const inputClass =
  "mt-1 block w-full rounded-lg border border-stone-300 bg-white px-3 py-2.5 text-base focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-[invalid=true]:border-red-600"
export const primaryButton = "inline-flex min-h-11 items-center justify-center rounded-lg bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700"
export const secondaryButton =
  "inline-flex min-h-11 items-center justify-center rounded-lg border border-stone-300 bg-white px-4 font-medium text-stone-800 hover:border-brand-600 hover:text-brand-700"
export const cardClass = "rounded-2xl border border-stone-200 bg-white p-4"
/** A card holding a divided list whose rows bring their own padding. */
export const listCardClass = "divide-y divide-stone-100 rounded-2xl border border-stone-200 bg-white"

type FieldProps = {
  name: string
  label: string
  error?: string
  hint?: string
  id?: string
} & React.InputHTMLAttributes<HTMLInputElement>

/** A labelled input with its hint and error, tied together for screen readers. */
export function Field({ name, label, error, hint, id, className, ...input }: FieldProps) {
  const fieldId = id ?? name
  const describedBy = [hint ? `${fieldId}-hint` : null, error ? `${fieldId}-error` : null].filter(Boolean).join(" ") || undefined
  return (
    <div className={className}>
      <label htmlFor={fieldId} className="block text-sm font-medium">
        {label}
      </label>
      <input id={fieldId} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} className={inputClass} {...input} />
      {hint && (
        <p id={`${fieldId}-hint`} className="mt-1 text-xs text-stone-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${fieldId}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  )
}

/** A refusal of the whole form (the backend's message) or a confirmation. */
export function Notice({ tone, children }: { tone: "error" | "success" | "warning" | "info"; children: React.ReactNode }) {
  const tones = {
    error: "bg-red-50 text-red-900",
    success: "bg-green-50 text-green-900",
    warning: "bg-amber-50 text-amber-900",
    info: "bg-sky-50 text-sky-900",
  }
  return (
    <p role={tone === "error" ? "alert" : "status"} className={`rounded-lg px-4 py-3 text-sm ${tones[tone]}`}>
      {children}
    </p>
  )
}

const STATUS_TONES: Record<string, string> = {
  draft: "bg-stone-100 text-stone-800",
  proposed: "bg-sky-100 text-sky-900",
  published: "bg-green-100 text-green-900",
  rejected: "bg-red-100 text-red-900",
  pending: "bg-amber-100 text-amber-900",
  shipped: "bg-sky-100 text-sky-900",
  delivered: "bg-green-100 text-green-900",
  cancelled: "bg-stone-200 text-stone-700",
  live: "bg-red-600 text-white",
  upcoming: "bg-sky-100 text-sky-900",
  ended: "bg-stone-100 text-stone-700",
  withdrawn: "bg-red-100 text-red-900",
  approved: "bg-green-100 text-green-900",
  suspended: "bg-red-100 text-red-900",
}

/** A status as a small coloured label ("Đang chờ duyệt"). */
export function StatusBadge({ status, label }: { status: string; label: string }) {
  return <span className={`inline-flex shrink-0 whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-semibold ${STATUS_TONES[status] ?? "bg-stone-100 text-stone-800"}`}>{label}</span>
}

export function PageTitle({ children, action }: { children: React.ReactNode; action?: React.ReactNode }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <h1 className="text-2xl font-bold">{children}</h1>
      {action}
    </div>
  )
}

const TABS: { to: string; label: MessageKey; icon: string; end?: boolean }[] = [
  { to: "/producer", label: "portal.nav.home", icon: "M3 9.5 10 4l7 5.5V17H3z M8 17v-5h4v5", end: true },
  { to: "/producer/products", label: "portal.nav.products", icon: "M3 6.5 10 3l7 3.5v7L10 17l-7-3.5z M3 6.5 10 10l7-3.5 M10 10v7" },
  { to: "/producer/orders", label: "portal.nav.orders", icon: "M4 3h12v14H4z M7 7h6 M7 10h6 M7 13h4" },
  { to: "/producer/livestreams", label: "portal.nav.live", icon: "M3 6h10v8H3z M13 9l4-2.5v7L13 11" },
  { to: "/producer/trace", label: "portal.nav.trace", icon: "M3 3h5v5H3z M12 3h5v5h-5z M3 12h5v5H3z M12 12h2v2h-2z M15 15h2v2h-2z" },
]

/** The portal's tab bar: fixed at the bottom of a phone's screen, within thumb's reach. */
export function PortalTabBar() {
  const t = useT()
  return (
    <nav aria-label={t("portal.nav.label")} className="fixed inset-x-0 bottom-0 z-30 border-t border-stone-200 bg-white/95 backdrop-blur">
      <ul className="mx-auto grid max-w-3xl grid-cols-5">
        {TABS.map((tab) => (
          <li key={tab.to}>
            <NavLink
              to={tab.to}
              end={tab.end}
              className={({ isActive }) =>
                `flex min-h-14 flex-col items-center justify-center gap-0.5 px-1 text-xs font-medium ${isActive ? "text-brand-700" : "text-stone-600 hover:text-brand-700"}`
              }
            >
              {({ isActive }) => (
                <>
                  <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5 fill-none stroke-current" strokeWidth={isActive ? 2 : 1.5} strokeLinejoin="round" strokeLinecap="round">
                    <path d={tab.icon} />
                  </svg>
                  <span>{t(tab.label)}</span>
                </>
              )}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** A certificate that expires within 90 or 30 days, or has expired: what to do about it. */
export function CertificateWarning({ certificate }: { certificate: PortalCertificate }) {
  const t = useT()
  const c = certificate
  if (!c.expiry_warning) return null
  const what = c.product?.title ?? c.decision_number
  const params = { product: what, date: formatDate(c.expires_at), days: c.days_until_expiry }
  if (c.expiry_warning === "expired") return <Notice tone="error">{t("portal.cert.expired", params)}</Notice>
  return <Notice tone={c.expiry_warning === "30_days" ? "error" : "warning"}>{t(c.expiry_warning === "30_days" ? "portal.cert.warn30" : "portal.cert.warn90", params)}</Notice>
}
