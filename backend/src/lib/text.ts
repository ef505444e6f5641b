/**
 * Vietnamese text folding for comparisons: tone marks and other diacritics
 * removed, đ/Đ mapped to d (NFD alone keeps đ), lower-cased, spaces collapsed.
 * "Nước mắm Cái Rồng" and "nuoc mam cai rong" fold to the same string.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
}

/** A URL-safe handle from a Vietnamese name: "HTX Trà hoa vàng Ba Chẽ" → "htx-tra-hoa-vang-ba-che". */
export function slugify(text: string, maxLength = 100): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/g, "")
}
