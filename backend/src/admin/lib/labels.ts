/**
 * Vietnamese labels for the OCOP vocabulary and small display helpers, shared by
 * the producer pages and the product widget. The vocabulary itself comes from the
 * ocop module's domain file (pure TypeScript), so the admin cannot drift from the API.
 */
import { LEGAL_FORMS, PRODUCT_GROUPS, STAR_LEVELS, type LegalForm, type ProductGroup } from "../../modules/ocop/lib/domain"

export { LEGAL_FORMS, PRODUCT_GROUPS, STAR_LEVELS }
export type { LegalForm, ProductGroup }

export const LEGAL_FORM_LABELS: Record<LegalForm, string> = {
  enterprise: "Doanh nghiệp",
  cooperative: "Hợp tác xã",
  household: "Hộ kinh doanh",
}

export const PRODUCT_GROUP_LABELS: Record<ProductGroup, string> = {
  food: "Thực phẩm",
  beverages: "Đồ uống",
  herbal: "Dược liệu và sản phẩm từ dược liệu",
  handicrafts: "Thủ công mỹ nghệ",
  ornamental: "Sinh vật cảnh",
  tourism: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
}

export const PRODUCT_STATUS_LABELS: Record<string, string> = {
  published: "Đã đăng",
  draft: "Nháp",
  proposed: "Chờ duyệt",
  rejected: "Bị từ chối",
}

export const SOCIAL_NETWORKS = ["facebook", "zalo", "tiktok", "youtube"] as const
export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number]
export const SOCIAL_LABELS: Record<SocialNetwork, string> = { facebook: "Facebook", zalo: "Zalo", tiktok: "TikTok", youtube: "YouTube" }

export const DEFAULT_PROVINCE = "Quảng Ninh"
export const DEFAULT_ISSUING_AUTHORITY = "UBND tỉnh Quảng Ninh"

export const legalFormLabel = (value?: string | null) => (value && LEGAL_FORM_LABELS[value as LegalForm]) || value || "–"
export const productGroupLabel = (value?: string | null) => (value && PRODUCT_GROUP_LABELS[value as ProductGroup]) || value || "–"

/** A date as Vietnamese read it (17/05/2024), on the Vietnamese calendar day. */
export function formatDate(value?: string | Date | null): string {
  if (!value) return "–"
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return "–"
  return date.toLocaleDateString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "2-digit", year: "numeric" })
}

/** The YYYY-MM-DD of a stored date on the Vietnamese calendar, for date inputs. */
export function toDateInput(value?: string | Date | null): string {
  if (!value) return ""
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ""
  return date.toLocaleDateString("en-CA", { timeZone: "Asia/Ho_Chi_Minh" })
}

export const stars = (n: number) => "★".repeat(n)

export { slugify } from "../../lib/text"
