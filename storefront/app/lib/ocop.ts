/**
 * The OCOP vocabulary of the catalog API (docs/catalog-api.md): product groups,
 * producers' legal forms and the star levels the marketplace lists.
 */
export const PRODUCT_GROUPS = ["food", "beverages", "herbal", "handicrafts", "ornamental", "tourism"] as const
export type ProductGroup = (typeof PRODUCT_GROUPS)[number]

export const LEGAL_FORMS = ["enterprise", "cooperative", "household"] as const
export type LegalForm = (typeof LEGAL_FORMS)[number]

/** Only 3★ and above are certified OCOP products. */
export const STAR_LEVELS = [3, 4, 5] as const
export type StarLevel = (typeof STAR_LEVELS)[number]

export function isProductGroup(value: unknown): value is ProductGroup {
  return typeof value === "string" && (PRODUCT_GROUPS as readonly string[]).includes(value)
}

export function isLegalForm(value: unknown): value is LegalForm {
  return typeof value === "string" && (LEGAL_FORMS as readonly string[]).includes(value)
}

export function isStarLevel(value: unknown): value is StarLevel {
  return typeof value === "number" && (STAR_LEVELS as readonly number[]).includes(value)
}
